import type { Payload } from 'payload'
import { shanghaiDay } from '@/features/feedback/rules/handling'
import { deskUpdateData, fillTemplate, hasPlaceholders, planDeskAction, type DeskActionKey } from '@/features/feedback/rules/workbench'
import type { Feedback } from '@/payload-types'
import { handlingStateOf, relationId } from '@/features/feedback/server/handling-state'

type Staff = { id: number | string; collection?: string } | null | undefined

export type DeskOutcome = { ok: true; message: string; status: string } | { ok: false; message: string; httpStatus: number }

const DONE: Record<DeskActionKey, string> = {
  accept: '已受理',
  decline: '已作不予受理处理',
  transfer: '已转办',
  assign: '已交办',
  return: '已退回待受理队列',
  extend: '已延期',
  reply: '答复已发出',
  close: '已办结',
}

/** The message a refusal carries (our refusal() errors, Payload's validation errors), never a stack. */
export function messageOf(error: unknown): string {
  const data = (error as { data?: { errors?: { message?: string }[] } })?.data
  const candidates = [error instanceof Error ? error.message : '', ...(data?.errors ?? []).map((e) => e.message ?? '')]
  return candidates.find((message) => /[\u4e00-\u9fff]/.test(message)) ?? '操作未能完成，请刷新页面后重试'
}

/**
 * One step of the handling desk, as the staff member (`overrideAccess: false`): planned against
 * the state machine first, so a refused step changes nothing, then saved through the collection,
 * whose hook judges it again and sets deadlines, timeline, audit and e-mails in one transaction.
 */
export async function takeDeskAction(
  payload: Payload,
  user: Staff,
  id: string | number,
  key: string,
  input: Record<string, unknown>,
): Promise<DeskOutcome> {
  const doc = await payload.findByID({ collection: 'feedback', id, depth: 0, overrideAccess: false, user: user as never }).catch(() => null)
  if (!doc) return { ok: false, message: '找不到这条留言，或您无权办理', httpStatus: 404 }
  const plan = planDeskAction(handlingStateOf(doc as unknown as Record<string, unknown>), key, await filledFromTemplate(payload, user, doc, input))
  if (!plan.ok) return { ok: false, message: plan.message, httpStatus: 400 }
  const data = deskUpdateData(plan.action)
  // Forms send ids as text; relationships want the database's own id type.
  for (const field of ['assignedTo', 'department'] as const) {
    const value = data[field]
    if (typeof value === 'string' && payload.db.defaultIDType === 'number') data[field] = /^\d+$/.test(value) ? Number(value) : value
  }
  const context: Record<string, unknown> = {}
  if (plan.action.type === 'return') {
    context.returnReason = plan.action.reason
    // The reason stays with the message for the dispatcher, among the staff's own notes.
    data.internalNotes = [...(doc.internalNotes ?? []), { note: `退回：${plan.action.reason}` }]
  }
  try {
    const saved = await payload.update({ collection: 'feedback', id, data, depth: 0, overrideAccess: false, user: user as never, context })
    return { ok: true, message: `留言 ${saved.trackingCode}：${DONE[key as DeskActionKey]}`, status: saved.status }
  } catch (error) {
    return { ok: false, message: messageOf(error), httpStatus: 400 }
  }
}

export type BulkOutcome = { assigned: number; refused: { id: string; trackingCode?: string; message: string }[] }

/**
 * Assigns several messages at once (派单). A message still 已收到 is accepted first, as two
 * steps through the state machine; each message stands alone, so one refusal stops no other.
 */
export async function bulkAssign(
  payload: Payload,
  user: Staff,
  ids: string[],
  target: { handler?: string; department?: string },
): Promise<BulkOutcome> {
  const outcome: BulkOutcome = { assigned: 0, refused: [] }
  // Checked once before anything moves, so a wrong target leaves no message half accepted.
  const wrong = await targetRefusal(payload, user, target)
  if (wrong) return { assigned: 0, refused: ids.map((id) => ({ id, message: wrong })) }
  for (const id of ids) {
    const doc = await payload.findByID({ collection: 'feedback', id, depth: 0, select: { status: true, trackingCode: true }, overrideAccess: false, user: user as never }).catch(() => null)
    if (!doc) {
      outcome.refused.push({ id, message: '找不到这条留言，或您无权办理' })
      continue
    }
    if (doc.status === 'received') {
      const accepted = await takeDeskAction(payload, user, id, 'accept', {})
      if (!accepted.ok) {
        outcome.refused.push({ id, trackingCode: doc.trackingCode, message: accepted.message })
        continue
      }
    }
    const result = await takeDeskAction(payload, user, id, 'assign', target)
    if (result.ok) outcome.assigned += 1
    else outcome.refused.push({ id, trackingCode: doc.trackingCode, message: result.message })
  }
  return outcome
}

async function targetRefusal(payload: Payload, user: Staff, target: { handler?: string; department?: string }): Promise<string | null> {
  if (target.handler) {
    const handler = await payload.findByID({ collection: 'users', id: target.handler, depth: 0, select: { roles: true }, overrideAccess: false, user: user as never }).catch(() => null)
    if (!handler || !handler.roles?.some((role) => role === 'handler' || role === 'admin')) return '承办人必须是留言办理员或管理员'
  }
  if (target.department) {
    const department = await payload.findByID({ collection: 'departments', id: target.department, depth: 0, select: { active: true }, overrideAccess: false, user: user as never }).catch(() => null)
    if (!department || department.active === false) return '请选择在用的承办部门'
  }
  return null
}

/**
 * A text started from a template is filled here, when it is sent: the preview staff saw had the
 * resident's name masked; the real one (only if they gave one) goes into the text for them, and
 * that use of it is audited as a reveal is.
 */
async function filledFromTemplate(payload: Payload, user: Staff, doc: Feedback, input: Record<string, unknown>) {
  const fields = (['text', 'reason'] as const).filter((name) => typeof input[name] === 'string' && hasPlaceholders(input[name] as string))
  if (fields.length === 0) return input
  const needsName = fields.some((name) => (input[name] as string).includes('{称呼}'))
  const stored = needsName
    ? await payload.findByID({ collection: 'feedback', id: doc.id, depth: 0, select: { contact: true }, overrideAccess: true }).catch(() => null)
    : null
  const departmentId = relationId(doc.department)
  const department = departmentId
    ? await payload.findByID({ collection: 'departments', id: departmentId, depth: 0, select: { name: true }, overrideAccess: true }).catch(() => null)
    : null
  const name = stored?.contact?.name?.trim() || undefined
  if (name) {
    await payload.create({
      collection: 'audit-log',
      data: {
        at: new Date().toISOString(),
        action: 'feedback.template-name',
        actor: user?.id as number,
        actorEmail: String((user as { email?: unknown } | null)?.email ?? ''),
        targetCollection: 'feedback',
        targetId: String(doc.id),
        summary: `留言 ${doc.trackingCode} 的答复模板填入了留言人姓名`,
      },
      overrideAccess: true,
      depth: 0,
    })
  }
  const values = {
    name,
    trackingCode: doc.trackingCode,
    department: department?.name,
    replyDueDay: doc.replyDueAt ? shanghaiDay(new Date(doc.replyDueAt)) : undefined,
    result: typeof input.result === 'string' ? input.result : undefined,
  }
  return { ...input, ...Object.fromEntries(fields.map((name) => [name, fillTemplate(input[name] as string, values)])) }
}
