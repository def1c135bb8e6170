import { redactPersonalData } from '@/features/feedback/rules/personal-data/personal-data'
import type { FlagOptions } from './copy-flags'

export type ReplyTexts = { subject: string; question: string; answer: string }

export const SUBJECT_MAX_LENGTH = 60

/** A first redaction of a message and its reply, for the writer to check and finish by hand. */
export function suggestedReplyCopy(source: ReplyTexts, options: FlagOptions = {}): ReplyTexts {
  const redact = (text: string) =>
    redactPersonalData(text, { knownNames: options.knownNames ?? [], allowList: options.allowList ?? [] })
  return {
    subject: redact(source.subject).slice(0, SUBJECT_MAX_LENGTH),
    question: redact(source.question),
    answer: redact(source.answer),
  }
}
