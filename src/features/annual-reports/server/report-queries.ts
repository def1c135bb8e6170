import config from '@payload-config'
import { getPayload } from 'payload'
import { cache } from 'react'
import { pageBySlug } from '@/platform/content/content-queries'
import { VISITOR, type PageReader } from '@/platform/publishing/preview/visitor'
import { listedWhere } from '@/platform/publishing/withdrawal/listed'

/** A report's address segment: the year, four digits. */
const isYear = (value: string) => /^\d{4}$/.test(value)

/** One year's report as its reader may see it: published (a visitor), or the latest draft (staff in preview). */
export const getReportByYear = cache(async (year: string, reader: PageReader = VISITOR) => (isYear(year) ? pageBySlug('open-government-reports', year, reader) : null))

/** The published reports, newest year first, as a visitor sees them (the list, the hub, the site maps). */
export const listPublishedReports = cache(async () => {
  const payload = await getPayload({ config })
  const result = await payload.find({
    collection: 'open-government-reports',
    where: listedWhere(),
    sort: '-year',
    limit: 100,
    depth: 0,
    select: { year: true, title: true, slug: true, publishedAt: true, example: true, updatedAt: true },
    ...VISITOR,
  })
  return result.docs
})
