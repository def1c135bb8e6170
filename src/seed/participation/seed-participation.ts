import type { Payload } from 'payload'
import { USEFULNESS_FORM } from '@/features/usefulness/access/usefulnessAccess'
type SeedReport = { created: string[]; kept: string[] }

/** 示例 answers: the adolescent health page gets enough "no" to be flagged to its reviewer. */
const DEMO_ANSWERS: { path: string; section: 'health' | 'policies' | 'events'; useful: boolean; reason?: string }[] = [
  ...Array.from({ length: 6 }, (_, i) => ({
    path: '/health/adolescent-reproductive-health',
    section: 'health' as const,
    useful: false,
    reason: ['（示例）内容太长，没找到在哪里咨询', '（示例）希望写清楚家长可以怎么做', '（示例）有些词看不懂', '', '', ''][i],
  })),
  { path: '/health/adolescent-reproductive-health', section: 'health', useful: true },
  { path: '/health/hiv-voluntary-counselling-testing', section: 'health', useful: true, reason: '（示例）写清楚了检测是免费的' },
  { path: '/health/hiv-voluntary-counselling-testing', section: 'health', useful: true },
  { path: '/health/contraception-methods', section: 'health', useful: false, reason: '（示例）想知道哪里可以免费领取' },
]

/** One 示例 weekly subscriber (already confirmed) and the 示例 usefulness answers; idempotent. */
export async function seedParticipation(payload: Payload, report: SeedReport) {
  const email = 'shili-dingyue@demo.cdjsw.local'
  const existing = await payload.count({ collection: 'email-subscriptions', where: { email: { equals: email } }, overrideAccess: true })
  if (existing.totalDocs === 0) {
    await payload.create({
      collection: 'email-subscriptions',
      data: { email, status: 'confirmed', sections: ['policies', 'health'], topics: ['hiv-prevention'], frequency: 'weekly', tokenVersion: 0, confirmedAt: new Date().toISOString() },
      overrideAccess: true,
    })
    report.created.push(`email-subscriptions:${email}`)
  } else report.kept.push(`email-subscriptions:${email}`)

  const answers = await payload.count({ collection: 'usefulness-answers', overrideAccess: true })
  if (answers.totalDocs > 0) {
    report.kept.push('usefulness-answers')
    return
  }
  for (const answer of DEMO_ANSWERS) {
    await payload.create({ collection: 'usefulness-answers', data: { ...answer, reason: answer.reason || undefined }, context: { [USEFULNESS_FORM]: true }, overrideAccess: false, user: null })
  }
  report.created.push(`usefulness-answers:${DEMO_ANSWERS.length}`)
}
