import { messageDeadlines } from '@/features/feedback/rules/handling'
import { FEEDBACK_KINDS } from '@/features/feedback/rules/intake/kinds'
import { replyLimits } from './reply-limits'
import type { FeedbackReceipt } from './receipt-cookie'

/**
 * What the receipt promises a resident who just sent a message: the kind, the working days to
 * acceptance and to the reply, and the day the reply is due on the official calendar — the same
 * rule and settings the message's own deadlines are computed with.
 */
export async function receiptPromise(kindValue: string | undefined, email: string | undefined, now = new Date()): Promise<Partial<FeedbackReceipt>> {
  const kind = FEEDBACK_KINDS.find((candidate) => candidate.value === kindValue)
  const address = email?.trim() || undefined
  if (!kind) return { email: address }
  const limits = await replyLimits()
  const deadlines = messageDeadlines(now, kind.value, limits)
  return { kindLabel: kind.label, acceptanceDays: limits.acceptance, replyDays: deadlines.limitDays, replyDueAt: deadlines.replyDueAt.toISOString(), email: address }
}
