import type { CollectionConfig } from 'payload'
import { recordChange, recordDelete } from './recordChanges'
import { noteSaveKind } from './saveKinds'

/**
 * Not audited: the log itself, and collections derived from others by hooks (the search index,
 * and the public copies of replies, whose approval is recorded as `feedback.publish`).
 */
const NOT_AUDITED = new Set(['audit-log', 'search-documents', 'published-replies', 'published-comments'])

/**
 * Audit hooks for every collection: create, update, publish, unpublish and delete, written in the
 * same transaction as the change. Drafts' autosaves are recorded once per ten minutes per document
 * and person. Logins and role changes are recorded by the users collection's own hooks.
 */
export function withAudit(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) => {
    if (NOT_AUDITED.has(collection.slug)) return collection
    const hooks = collection.hooks ?? {}
    return {
      ...collection,
      hooks: {
        ...hooks,
        beforeOperation: [...(hooks.beforeOperation ?? []), noteSaveKind],
        afterChange: [...(hooks.afterChange ?? []), recordChange],
        afterDelete: [...(hooks.afterDelete ?? []), recordDelete],
      },
    }
  })
}
