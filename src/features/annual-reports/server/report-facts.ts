import type { CollectionSlug, PayloadRequest, SelectType, Where } from 'payload'
import { finishedAtOf, type ApplicationFacts, type NoticeFacts } from '@/features/annual-reports/rules'

const PAGE = 500

/** Every document matching `where`, page by page, with only the fields the count needs. */
async function readAll<T>(req: PayloadRequest, collection: CollectionSlug, where: Where, select: SelectType): Promise<T[]> {
  const docs: T[] = []
  for (let page = 1; ; page++) {
    const batch = await req.payload.find({ collection, where, select, page, limit: PAGE, sort: 'id', depth: 0, overrideAccess: true, req })
    docs.push(...(batch.docs as T[]))
    if (!batch.hasNextPage) return docs
  }
}

/** The first moment after a Beijing calendar year. */
const yearEnd = (year: number) => new Date(`${year + 1}-01-01T00:00:00+08:00`).toISOString()
const yearStart = (year: number) => new Date(`${year}-01-01T00:00:00+08:00`).toISOString()

type NoticeDoc = { kind?: string | null; topic?: string | null; validity?: string | null; datePublished?: string | null; withdrawal?: { withdrawn?: boolean | null } | null }
type ApplicationDoc = {
  applicantType: string
  organisationKind?: string | null
  receivedAt: string
  status: string
  answer?: { type?: string | null; reason?: string | null; answeredAt?: string | null } | null
  timeline?: { at: string }[] | null
}

/**
 * What the year's tables are counted from, as plain facts: the published notices up to the year's
 * end, and the applications received by then that were not finished before it began. Counts only:
 * no applicant's name or text is read (the server reads as itself; editors may not read applications).
 */
export async function reportFacts(req: PayloadRequest, year: number): Promise<{ notices: NoticeFacts[]; applications: ApplicationFacts[] }> {
  const notices = await readAll<NoticeDoc>(
    req,
    'policy-notices',
    { and: [{ _status: { equals: 'published' } }, { datePublished: { less_than: yearEnd(year) } }] },
    { kind: true, topic: true, validity: true, datePublished: true, withdrawal: true },
  )
  const applications = await readAll<ApplicationDoc>(
    req,
    'disclosure-applications',
    { and: [{ receivedAt: { less_than: yearEnd(year) } }, { or: [{ status: { not_equals: 'answered' } }, { 'answer.answeredAt': { greater_than_equal: yearStart(year) } }] }] },
    { applicantType: true, organisationKind: true, receivedAt: true, status: true, answer: { type: true, reason: true, answeredAt: true }, timeline: { at: true } },
  )
  return {
    notices: notices.map((n) => ({ kind: n.kind, topic: n.topic, validity: n.validity, datePublished: n.datePublished, withdrawn: Boolean(n.withdrawal?.withdrawn) })),
    applications: applications.map((a) => ({
      applicantType: a.applicantType,
      organisationKind: a.organisationKind,
      receivedAt: a.receivedAt,
      status: a.status,
      answerType: a.answer?.type,
      answerReason: a.answer?.reason,
      finishedAt: finishedAtOf(a),
    })),
  }
}
