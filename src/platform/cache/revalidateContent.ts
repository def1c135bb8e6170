import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { revalidatePublicPages } from './revalidatePublic'

/** `feed`: the section's Atom feed, refreshed with its pages. */
type Pages = { base: string; lists: string[]; feed?: string }

/**
 * Revalidation for a public collection at `base/<slug>`: a publish, change or unpublish refreshes
 * the page (and its old address after a slug change), the lists that show it, the section's feed (if any)
 * and the sitemap.
 * Seeds and bulk jobs set `context.disableRevalidate`.
 */
export function revalidateContent({ base, lists, feed }: Pages) {
  const ROUTES = feed ? ['/sitemap.xml', feed] : ['/sitemap.xml']
  const afterChange: CollectionAfterChangeHook = ({ doc, previousDoc, req }) => {
    if (req.context.disableRevalidate) return doc
    const wasPublic = previousDoc?._status === 'published'
    const isPublic = doc._status === 'published'
    if (!wasPublic && !isPublic) return doc
    const pages = [...lists, `${base}/${doc.slug}`]
    if (previousDoc?.slug && previousDoc.slug !== doc.slug) pages.push(`${base}/${previousDoc.slug}`)
    revalidatePublicPages(pages, req.payload.logger, ROUTES)
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = ({ doc, req }) => {
    if (!req.context.disableRevalidate) revalidatePublicPages([...lists, `${base}/${doc.slug}`], req.payload.logger, ROUTES)
    return doc
  }
  return { afterChange, afterDelete }
}
