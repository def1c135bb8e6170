import type { CollectionConfig } from 'payload'

/** Audit hooks for every collection (being written): create, update, publish, unpublish, delete. */
export function withAudit(collections: CollectionConfig[]): CollectionConfig[] {
  return collections
}
