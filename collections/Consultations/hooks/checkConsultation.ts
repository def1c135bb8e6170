import type { CollectionBeforeChangeHook } from 'payload'
import { consultationPhase, outcomeRefusal, periodRefusal, pointRefusal } from '@/features/consultations/rules'
import { refusal } from '@/platform/errors/refusal'

type Outcome = { summary?: string | null; points?: { decision?: string | null; reason?: string | null }[] | null; publishedAt?: string | null }

/**
 * The period must make sense, and the 意见采纳情况 waits for the period to end: checked before
 * the save, so no outcome is ever written (or published) while residents may still comment.
 */
export const checkConsultation: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const opensOn = data.opensOn ?? originalDoc?.opensOn
  const closesOn = data.closesOn ?? originalDoc?.closesOn
  const period = periodRefusal(opensOn, closesOn)
  if (period) throw refusal(period)
  const outcome: Outcome = { ...(originalDoc?.outcome ?? {}), ...(data.outcome ?? {}) }
  const hasOutcome = Boolean(outcome.summary?.trim()) || (outcome.points ?? []).length > 0
  const early = outcomeRefusal(consultationPhase({ opensOn, closesOn }, new Date()), hasOutcome)
  if (early) throw refusal(early)
  for (const point of outcome.points ?? []) {
    const missing = pointRefusal(point)
    if (missing) throw refusal(missing)
  }
  if (!hasOutcome) return { ...data, outcome: { ...outcome, publishedAt: null } }
  return { ...data, outcome: { ...outcome, publishedAt: outcome.publishedAt ?? new Date().toISOString() } }
}
