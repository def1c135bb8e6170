import type { FeedbackKind } from '@/features/feedback/rules/intake/types'

/**
 * Default time limits in working days, counted from the day of receipt (see working-days.ts).
 * `acceptance` is how long staff have to accept, decline or transfer a new message; the others
 * are how long they have to reply, by kind of message.
 */
export const DEFAULT_REPLY_LIMITS = Object.freeze({
  consultation: 5,
  suggestion: 5,
  complaint: 7,
  praise: 5,
  report: 15,
  acceptance: 2,
} as const satisfies Record<FeedbackKind | 'acceptance', number>)

export type ReplyLimits = { readonly [key in FeedbackKind | 'acceptance']: number }

/** No message may take longer than this from receipt to reply, extension included. */
export const MAX_TOTAL_WORKING_DAYS = 15
