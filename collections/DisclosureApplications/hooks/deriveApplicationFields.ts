import type { CollectionBeforeChangeHook } from 'payload'
import { answerClock } from '@/features/disclosure/rules'
import { maskEmail, maskName, maskPhone } from '@/features/feedback/rules/intake'
import { isResidentSubmission } from '@/features/feedback/access/residentSubmission'

const maskId = (value: string) => (value.length <= 6 ? '*'.repeat(value.length) : `${value.slice(0, 4)}${'*'.repeat(value.length - 6)}${value.slice(-2)}`)
const maskAddress = (value: string) => `${(/^[^\d一二三四五六七八九十百零〇两]*/.exec(value)?.[0] ?? '').slice(0, 12)}****`

/**
 * On receipt: the day received (the server's clock for a form; a seed or import may give its
 * own), the first status and timeline entry, and the masks staff see. On every save: the answer
 * deadline from the clock rules, empty while a 补正 stops it.
 */
export const deriveApplicationFields: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  const next = { ...data }
  if (operation === 'create') {
    if (isResidentSubmission(req) || !next.receivedAt) next.receivedAt = new Date().toISOString()
    next.status = 'received'
    next.timeline = [{ label: '已收到申请', at: next.receivedAt }]
    const a = (next.applicant ?? {}) as Record<string, string | undefined>
    next.applicantMasked = {
      name: a.name ? maskName(a.name) : undefined,
      idNumber: a.idNumber ? maskId(a.idNumber) : undefined,
      phone: a.phone ? maskPhone(a.phone) : undefined,
      email: a.email ? maskEmail(a.email) : undefined,
      address: a.address ? maskAddress(a.address) : undefined,
    }
  }
  const merged = { ...originalDoc, ...next }
  if (merged.status === 'answered' || merged.status === 'lapsed') {
    next.answerDueDay = null
    return next
  }
  const clock = answerClock({
    receivedAt: merged.receivedAt,
    corrections: (merged.corrections ?? []).map((c: { requestedAt: string; answeredAt?: string | null }) => ({ requestedAt: c.requestedAt, answeredAt: c.answeredAt })),
    extensionDays: merged.extension?.days,
  })
  next.answerDueDay = clock.running ? clock.deadline : null
  return next
}
