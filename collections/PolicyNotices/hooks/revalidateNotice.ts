import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { revalidatePublicPages } from '@/platform/cache/revalidatePublic'

const LIST_PAGES = ['/', '/policies']
const ROUTES = ['/feeds/policies.xml', '/sitemap.xml']

/** A publish, change or unpublish refreshes the notice's page, the lists, the feed and the sitemap. */
export const revalidateNotice: CollectionAfterChangeHook = ({ doc, previousDoc, req }) => {
  if (req.context.disableRevalidate) return doc
  const wasPublic = previousDoc?._status === 'published'
  const isPublic = doc._status === 'published'
  if (!wasPublic && !isPublic) return doc
  const pages = [...LIST_PAGES, `/policies/${doc.slug}`]
  if (previousDoc?.slug && previousDoc.slug !== doc.slug) pages.push(`/policies/${previousDoc.slug}`)
  revalidatePublicPages(pages, req.payload.logger, ROUTES)
  return doc
}

export const revalidateNoticeDelete: CollectionAfterDeleteHook = ({ doc, req }) => {
  if (!req.context.disableRevalidate) {
    revalidatePublicPages([...LIST_PAGES, `/policies/${doc.slug}`], req.payload.logger, ROUTES)
  }
  return doc
}
