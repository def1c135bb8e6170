import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { revalidatePublicPages } from '@/platform/cache/revalidatePublic'
import { forgetOpenStations } from '@/features/stations/server/station-search'

const LIST_PAGES = ['/stations']
const ROUTES = ['/stations.json', '/stations.geojson', '/sitemap.xml']

/** A publish, change or unpublish refreshes the station's page, the list, the exports and the sitemap. */
export const revalidateStation: CollectionAfterChangeHook = ({ doc, previousDoc, req }) => {
  forgetOpenStations()
  if (req.context.disableRevalidate) return doc
  const wasPublic = previousDoc?._status === 'published'
  const isPublic = doc._status === 'published'
  if (!wasPublic && !isPublic) return doc
  const pages = [...LIST_PAGES, `/stations/${doc.key}`]
  if (previousDoc?.key && previousDoc.key !== doc.key) pages.push(`/stations/${previousDoc.key}`)
  revalidatePublicPages(pages, req.payload.logger, ROUTES)
  return doc
}

export const revalidateStationDelete: CollectionAfterDeleteHook = ({ doc, req }) => {
  forgetOpenStations()
  if (!req.context.disableRevalidate) revalidatePublicPages([...LIST_PAGES, `/stations/${doc.key}`], req.payload.logger, ROUTES)
  return doc
}

/** Areas and services appear in the list's filters and on every station page. */
export const revalidateStationDirectory: CollectionAfterChangeHook = ({ doc, req }) => {
  if (!req.context.disableRevalidate) revalidatePublicPages(LIST_PAGES, req.payload.logger, ROUTES)
  return doc
}
