import type { Payload, Where } from 'payload'
import type { User } from '@/payload-types'
import { isFlagged, tallyAnswers, type FlagRule, type PageTally } from '@/features/usefulness/rules/usefulness-tally'

/** The answers of the last `days` days as the signed-in staff member may read them (access: staff). */
async function answersSince(payload: Payload, user: User, days: number, section?: string) {
  const since = new Date(Date.now() - days * 24 * 60 * 60_000).toISOString()
  const where: Where = { and: [{ createdAt: { greater_than: since } }, ...(section ? [{ section: { equals: section } }] : [])] }
  const found = await payload.find({
    collection: 'usefulness-answers',
    where,
    pagination: false,
    select: { path: true, section: true, useful: true, reason: true, createdAt: true },
    overrideAccess: false,
    user,
  })
  return found.docs.map((doc) => ({ path: doc.path, section: doc.section, useful: Boolean(doc.useful), reason: doc.reason, createdAt: doc.createdAt }))
}

export async function flagRule(payload: Payload): Promise<FlagRule> {
  const settings = await payload.findGlobal({ slug: 'participation-settings', depth: 0 })
  return { minNo: settings.flagMinNo ?? 5, minNoShare: (settings.flagMinNoPercent ?? 40) / 100 }
}

export async function usefulnessReport(payload: Payload, user: User, days = 90) {
  const [answers, rule] = await Promise.all([answersSince(payload, user, days), flagRule(payload)])
  const tally = tallyAnswers(answers)
  return { ...tally, rule, flagged: new Set(tally.pages.filter((page) => isFlagged(page, rule)).map((page) => page.path)) }
}

export type FlaggedTopic = PageTally & { id: number | string; title: string; reviewerName?: string | null; reviewerEmail?: string | null }

/** Health pages readers often found unhelpful (ParticipationSettings' rule), with their reviewer. */
export async function flaggedHealthTopics(payload: Payload, user: User, days = 90): Promise<FlaggedTopic[]> {
  const [answers, rule] = await Promise.all([answersSince(payload, user, days, 'health'), flagRule(payload)])
  const pages = tallyAnswers(answers).pages.filter((page) => isFlagged(page, rule))
  if (pages.length === 0) return []
  const slugs = pages.map((page) => page.path.replace(/^\/health\//, ''))
  const topics = await payload.find({
    collection: 'health-topics',
    where: { slug: { in: slugs } },
    limit: slugs.length,
    depth: 0,
    select: { title: true, slug: true, medicalReviewer: true, reviewerEmail: true },
    overrideAccess: false,
    user,
  })
  return pages.flatMap((page) => {
    const topic = topics.docs.find((doc) => `/health/${doc.slug}` === page.path)
    return topic ? [{ ...page, id: topic.id, title: topic.title, reviewerName: topic.medicalReviewer?.name, reviewerEmail: topic.reviewerEmail }] : []
  })
}
