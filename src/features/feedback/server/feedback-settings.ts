import type { Payload, PayloadRequest } from 'payload'
import { DEFAULT_REPLY_LIMITS, type ReplyLimits } from '@/features/feedback/rules/handling'

type Settings = Partial<Record<keyof ReplyLimits | 'dueSoonWorkingDays', number | null>>

/** The time limits in force, falling back to the defaults for anything not set. */
/** Pass `req` inside a transaction, so the read joins it. */
export async function readReplyLimits(payload: Payload, req?: PayloadRequest): Promise<ReplyLimits & { dueSoonWorkingDays: number }> {
  const stored = (await payload
    .findGlobal({ slug: 'feedback-settings', depth: 0, overrideAccess: true, req })
    .catch(() => ({}))) as Settings
  const pick = (key: keyof ReplyLimits) => (typeof stored[key] === 'number' && stored[key]! > 0 ? stored[key]! : DEFAULT_REPLY_LIMITS[key])
  return {
    consultation: pick('consultation'),
    suggestion: pick('suggestion'),
    complaint: pick('complaint'),
    praise: pick('praise'),
    report: pick('report'),
    acceptance: pick('acceptance'),
    dueSoonWorkingDays: typeof stored.dueSoonWorkingDays === 'number' ? stored.dueSoonWorkingDays : 1,
  }
}
