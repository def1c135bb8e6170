import type { Payload } from 'payload'
import { planStep } from '@/features/site-errors/rules'

type Staff = { id: number | string; collection?: string } | null | undefined

export type StepOutcome = { ok: true; message: string } | { ok: false; message: string; httpStatus: number }

const DONE: Record<string, string> = { answer: '已答复并办结', dismiss: '已作不予处理' }

/** The message a refusal carries (our refusal() errors, Payload's validation errors), never a stack. */
function messageOf(error: unknown): string {
  const data = (error as { data?: { errors?: { message?: string }[] } })?.data
  const candidates = [error instanceof Error ? error.message : '', ...(data?.errors ?? []).map((e) => e.message ?? '')]
  return candidates.find((message) => /[\u4e00-\u9fff]/.test(message)) ?? '操作未能完成，请刷新页面后重试'
}

/**
 * One step of the 网站找错 desk, as the staff member (`overrideAccess: false`): planned first, so a
 * refused step changes nothing, then saved through the collection, whose hook judges it again and
 * queues the answer e-mail in the same transaction.
 */
export async function takeErrorReportStep(payload: Payload, user: Staff, id: string | number, key: string, input: Record<string, unknown>): Promise<StepOutcome> {
  const doc = await payload.findByID({ collection: 'site-error-reports', id, depth: 0, overrideAccess: false, user: user as never }).catch(() => null)
  if (!doc) return { ok: false, message: '找不到这份报告，或您无权办理', httpStatus: 404 }
  const plan = planStep(doc.status, key, input)
  if (!plan.ok) return { ok: false, message: plan.message, httpStatus: 400 }
  try {
    await payload.update({ collection: 'site-error-reports', id, data: plan.change, depth: 0, overrideAccess: false, user: user as never })
    return { ok: true, message: `报告 ${doc.reference}：${DONE[key]}` }
  } catch (error) {
    return { ok: false, message: messageOf(error), httpStatus: 400 }
  }
}
