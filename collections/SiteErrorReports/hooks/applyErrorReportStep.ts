import type { CollectionBeforeChangeHook } from 'payload'
import { planStep, stepOfStatusChange } from '@/features/site-errors/rules'
import { refusal } from '@/platform/errors/refusal'

/** What the resident sent and what the form stamped: never changed afterwards, by anyone. */
const FIXED = ['reference', 'pageUrl', 'description', 'email', 'contactGiven', 'receivedAt', 'dueDay', 'idempotencyToken'] as const
const SETTLING = ['outcome', 'answer', 'dismissReason'] as const

/**
 * Every save after the first goes through the report's steps, whichever path it takes (the desk,
 * the admin form, REST, GraphQL): a change of status must be a legal step with what it needs, a
 * settled report changes no more, and the step's time and person are recorded here.
 */
export const applyErrorReportStep: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !originalDoc) return data
  const next: Record<string, unknown> = { ...data }
  for (const field of FIXED) {
    if (field in originalDoc) next[field] = originalDoc[field]
    else delete next[field]
  }
  const from = originalDoc.status
  const to = next.status ?? from
  const settling = SETTLING.some((field) => field in next && (next[field] ?? null) !== (originalDoc[field] ?? null))
  if (to === from) {
    if (settling) throw refusal(from === 'received' ? '请用“答复并办结”或“不予处理”办理这份报告。' : '这份报告已经办结，不能再修改。')
    return next
  }
  const step = stepOfStatusChange(to)
  const plan = step ? planStep(from, step, next) : { ok: false as const, message: '不能把报告改回待处理。' }
  if (!plan.ok) throw refusal(plan.message)
  return {
    ...next,
    ...plan.change,
    outcome: plan.change.status === 'answered' ? plan.change.outcome : null,
    answer: plan.change.status === 'answered' ? plan.change.answer : null,
    dismissReason: plan.change.status === 'dismissed' ? plan.change.dismissReason : null,
    answeredAt: new Date().toISOString(),
    answeredBy: req.user?.collection === 'users' ? req.user.id : null,
  }
}
