import type { CollectionBeforeValidateHook } from 'payload'
import { defaultNextReviewDue } from '@/features/health/rules/health-review'

/** Without a date from staff, the next review falls twelve months after the last one. */
export const defaultNextReview: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  if (!data) return data
  const lastReviewedAt = data.lastReviewedAt ?? originalDoc?.lastReviewedAt
  const nextReviewDueAt = 'nextReviewDueAt' in data ? data.nextReviewDueAt : originalDoc?.nextReviewDueAt
  if (lastReviewedAt && !nextReviewDueAt) data.nextReviewDueAt = defaultNextReviewDue(lastReviewedAt).toISOString()
  return data
}
