import type { PayloadRequest } from 'payload'
import type { DeskAction } from '@/platform/publishing/rules/desk'
import type { ReviewFlags } from '@/platform/publishing/rules/review-rule'

/**
 * The mark a desk step leaves on its own save, so the hooks know the state machine decided it:
 * the review hook takes the step's approval record instead of judging the save, and the desk hook
 * takes the step's state. Any save without it is an edit (or the system's own publication).
 */
export type DeskStep = { action: DeskAction; collection: string; id: string; data: Record<string, unknown>; reviewFlags: ReviewFlags }

const KEY = 'publishingDeskStep'

export function deskStepOf(req: PayloadRequest, collection: string, id: unknown): DeskStep | null {
  const step = req.context[KEY] as DeskStep | undefined
  return step && step.collection === collection && step.id === String(id) ? step : null
}

/** Whether a desk step is saving through this request (whichever document). */
export const hasDeskStep = (req: PayloadRequest) => Boolean(req.context[KEY])

/** Runs `save` with the step's mark on the request, and removes the mark afterwards. */
export async function withDeskStep<T>(req: PayloadRequest, step: DeskStep, save: () => Promise<T>): Promise<T> {
  req.context[KEY] = step
  try {
    return await save()
  } finally {
    delete req.context[KEY]
  }
}
