import type { Payload } from 'payload'
import { USEFULNESS_FORM } from '@/features/usefulness/access/usefulnessAccess'
import type { UsefulnessAnswer } from '@/features/usefulness/rules/usefulness-answer'

/** Saves one answer as a visitor whose request context says the form's checks ran. */
export async function recordAnswer(payload: Payload, answer: UsefulnessAnswer): Promise<void> {
  await payload.create({
    collection: 'usefulness-answers',
    data: { path: answer.path, section: answer.section, useful: answer.useful, reason: answer.reason || undefined },
    context: { [USEFULNESS_FORM]: true },
    overrideAccess: false,
    user: null,
    depth: 0,
  })
}
