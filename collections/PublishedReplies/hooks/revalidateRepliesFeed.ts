import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { revalidatePublicPages } from '@/platform/cache/revalidatePublic'

// The board itself is rendered per request (filters, pages); only the cached feed needs refreshing.
const refresh = (req: Parameters<CollectionAfterChangeHook>[0]['req']) => {
  if (!req.context.disableRevalidate) revalidatePublicPages([], req.payload.logger, ['/feeds/replies.xml'])
}

export const revalidateRepliesFeedAfterChange: CollectionAfterChangeHook = ({ doc, req }) => {
  refresh(req)
  return doc
}

export const revalidateRepliesFeedAfterDelete: CollectionAfterDeleteHook = ({ doc, req }) => {
  refresh(req)
  return doc
}
