import type { CollectionSlug, PayloadRequest } from 'payload'

const NOT_CONTENT = new Set(['id', 'createdAt', 'updatedAt', '_status'])

/**
 * The content visitors see now (the main row), as data for a save: withdrawing, unpublishing or
 * restoring a page acts on the public text, never on a draft nobody has reviewed yet.
 */
export async function publicContent(req: PayloadRequest, collection: string, id: string | number): Promise<Record<string, unknown> | null> {
  const main = (await req.payload.findByID({ collection: collection as CollectionSlug, id, depth: 0, draft: false, overrideAccess: true, req }).catch(() => null)) as Record<string, unknown> | null
  if (!main) return null
  return Object.fromEntries(Object.entries(main).filter(([key]) => !NOT_CONTENT.has(key)))
}
