import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, GlobalAfterChangeHook, GlobalConfig, PayloadRequest } from 'payload'
import { revalidateSafely } from './revalidateSafely'
import { isVisitorDataSource } from './visitor-data-sources'
import { visitorDataTag } from './visitor-data'

const expire = (slug: string, req: PayloadRequest) => {
  if (!req.context.disableRevalidate) revalidateSafely({ tags: [visitorDataTag(slug)] }, req.payload.logger)
}

/**
 * Gives every collection and global that public pages read through `cachedForVisitors` the hooks
 * that expire its cached data: a publish, a change to what is published, an unpublish or a
 * delete (a draft saved beside the published version changes nothing visitors see).
 */
export function withVisitorDataExpiry(collection: CollectionConfig): CollectionConfig {
  if (!isVisitorDataSource(collection.slug)) return collection
  const slug = collection.slug
  const drafts = Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts)
  const expireVisitorDataAfterChange: CollectionAfterChangeHook = ({ doc, previousDoc, req }) => {
    if (!drafts || doc?._status === 'published' || previousDoc?._status === 'published') expire(slug, req)
    return doc
  }
  const expireVisitorDataAfterDelete: CollectionAfterDeleteHook = ({ doc, req }) => {
    expire(slug, req)
    return doc
  }
  const hooks = collection.hooks ?? {}
  return { ...collection, hooks: { ...hooks, afterChange: [...(hooks.afterChange ?? []), expireVisitorDataAfterChange], afterDelete: [...(hooks.afterDelete ?? []), expireVisitorDataAfterDelete] } }
}

export function withVisitorDataExpiryGlobal(global: GlobalConfig): GlobalConfig {
  if (!isVisitorDataSource(global.slug)) return global
  const slug = global.slug
  const expireVisitorDataAfterChange: GlobalAfterChangeHook = ({ doc, req }) => {
    expire(slug, req)
    return doc
  }
  return { ...global, hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), expireVisitorDataAfterChange] } }
}
