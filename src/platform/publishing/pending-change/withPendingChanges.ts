import type { CollectionConfig } from 'payload'
import { pendingChangeFields } from './fields'
import { holdEditorsChanges, refuseEditorsDeletion } from './hooks'
import { pendingChangeEndpoint } from './endpoint'

/**
 * The two-person rule for a record pages are built from (services, districts, policy documents,
 * images): `guarded` fields changed by an editor wait for a reviewer (rules/pending-change.ts),
 * and an editor asks for a deletion instead of deleting.
 */
export function withPendingChanges(collection: CollectionConfig, guarded: readonly string[]): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    fields: [...pendingChangeFields, ...collection.fields],
    hooks: {
      ...hooks,
      beforeChange: [holdEditorsChanges(guarded), ...(hooks.beforeChange ?? [])],
      beforeDelete: [refuseEditorsDeletion, ...(hooks.beforeDelete ?? [])],
    },
    endpoints: [...(collection.endpoints || []), { path: '/:id/pending-change/:step', method: 'post', handler: pendingChangeEndpoint(collection.slug) }],
  }
}
