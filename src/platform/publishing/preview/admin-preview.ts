import type { CollectionConfig } from 'payload'
import { publicAddress } from '@/platform/publishing/withdrawal/public-address'

type Admin = NonNullable<CollectionConfig['admin']>

/**
 * The admin's live preview opens the draft at its real address through /preview (draft mode for
 * signed-in staff) and re-renders it on every save and autosave.
 */
export function withDraftPreview(admin: CollectionConfig['admin'] = {}): Admin {
  return {
    ...admin,
    livePreview: {
      url: ({ collectionConfig, data, req }) => {
        const address = collectionConfig ? publicAddress(collectionConfig.slug, data) : null
        return address ? `${req.payload.config.serverURL || ''}/preview?path=${encodeURIComponent(address)}` : null
      },
    },
  }
}
