import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { hasRole } from '@/platform/access/roles'
import { isResidentFollowUp } from '@/features/feedback/access/trackingLookup'
import {
  applyHandlingAction,
  currentDueAt,
  handlingActionsForChange,
  isRating,
  messageDeadlines,
  replyDueAt,
  replyTiming,
  RESIDENT_TIMELINE_STATUSES,
  type HandlingChange,
  type HandlingState,
} from '@/features/feedback/rules/handling'
import type { FeedbackKind } from '@/features/feedback/rules/intake/types'
import { readReplyLimits } from '@/features/feedback/server/feedback-settings'
import { changedRelation, changedText, handlingStateOf } from '@/features/feedback/server/handling-state'
import { refusal } from '@/platform/errors/refusal'

/** Steps residents see on the tracking page (办理中 included); a return to the dispatcher is not listed. */
const PUBLIC_STEPS = new Set<string>(RESIDENT_TIMELINE_STATUSES)

const refuse = (message: string) => refusal(message)

type Data = Record<string, any>

/**
 * Every save of a message goes through the state machine in src/features/feedback/rules/handling, from
 * the admin, REST, GraphQL and the local API alike: illegal moves are refused with a message and
 * nothing is saved; legal ones set the deadlines, the timeline and the reply figures.
 */
export const applyHandling: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const now = new Date()
  if (operation === 'create') return startHandling(data, req, now)
  const resident = isResidentFollowUp(req) && !hasRole(req.user, 'admin', 'handler')
  // Field access has already dropped whatever the resident may not set; `data` is the merged doc.
  if (resident) return { ...data, ...residentChange(data, originalDoc, now) }

  const before = handlingStateOf(originalDoc)
  const change: HandlingChange = {
    by: 'staff',
    status: data.status && data.status !== originalDoc?.status ? data.status : undefined,
    handlerId: changedRelation(data, originalDoc, 'assignedTo'),
    department: changedRelation(data, originalDoc, 'department'),
    declineReason: data.declineReason,
    transferredTo: data.transferredTo,
    transferReason: data.transferReason,
    replyText: changedText(data, originalDoc, 'reply'),
    replyDepartment: changedText(data, originalDoc, 'replyDepartment'),
    extensionReason: data.extensionReason,
    // 退回 comes only from the handling desk, which passes its reason here (it is kept as a note).
    returnReason: typeof req.context?.returnReason === 'string' ? req.context.returnReason : undefined,
  }
  const extensionDays = data.extensionDays ?? undefined
  if (extensionDays !== undefined && extensionDays !== (originalDoc?.extensionDays ?? undefined)) {
    if (before.extended) throw refuse('留言已延期过一次，不能再次延期')
    change.extensionDays = Number(extensionDays)
  }
  // A reply the resident has received is a record: it is not rewritten afterwards.
  if (!change.status && (before.status === 'replied' || before.status === 'closed') && change.replyText !== undefined) {
    throw refuse('已发出的答复不能修改；如需补充，请在内部备注中记录，并与留言人联系')
  }
  await checkAssignment(change, req)
  const after = run(before, change)
  return { ...data, ...(await derivedFields(after, before, originalDoc, data, req, now)) }
}

function run(before: HandlingState, change: HandlingChange): HandlingState {
  const planned = handlingActionsForChange(before, change)
  if (!planned.ok) throw refuse(planned.message)
  let state = before
  for (const action of planned.actions) {
    const result = applyHandlingAction(state, action)
    if (!result.ok) throw refuse(result.message)
    state = result.state
  }
  return state
}

/** A new handler must hold the handler or admin role; a new department must be in use. */
async function checkAssignment(change: HandlingChange, req: PayloadRequest) {
  if (change.handlerId) {
    const user = await req.payload.findByID({ collection: 'users', id: change.handlerId, depth: 0, overrideAccess: true, req }).catch(() => null)
    if (!user || !hasRole({ ...user, collection: 'users' }, 'admin', 'handler')) throw refuse('承办人必须是留言办理员或管理员')
  }
  if (change.department) {
    const department = await req.payload.findByID({ collection: 'departments', id: change.department, depth: 0, overrideAccess: true, req }).catch(() => null)
    if (!department || department.active === false) throw refuse('请选择在用的承办部门')
  }
}

async function startHandling(data: Data, req: PayloadRequest, now: Date): Promise<Data> {
  const limits = await readReplyLimits(req.payload, req)
  const deadlines = messageDeadlines(now, data.kind as FeedbackKind, limits)
  return {
    ...data,
    status: 'received',
    timeline: [{ status: 'received', at: now.toISOString() }],
    reopenCount: 0,
    extended: false,
    receivedMonth: deadlines.receivedMonth,
    limitDays: deadlines.limitDays,
    acceptanceDueAt: deadlines.acceptanceDueAt.toISOString(),
    replyDueAt: deadlines.replyDueAt.toISOString(),
    dueAt: deadlines.acceptanceDueAt.toISOString(),
  }
}

/** The resident may rate a reply (once per reply) and, when not satisfied, reopen it once. */
function residentChange(data: Data, original: Data | undefined, now: Date): Data {
  const before = handlingStateOf(original)
  if (data.status !== original?.status) {
    const rating = data.rating ?? original?.rating
    if (rating !== 'unsatisfied') throw refuse('只有对答复“不满意”时才能申请重新办理')
    const after = run(before, { by: 'resident', status: data.status })
    const due = replyDueAt(now, after.limitDays)
    return {
      status: after.status,
      reopenCount: after.reopenCount,
      replyDueAt: due.toISOString(),
      dueAt: due.toISOString(),
      ...(data.rating !== original?.rating ? rated(data, original, now) : {}),
    }
  }
  if (!data.rating || data.rating === original?.rating && data.ratedAt === original?.ratedAt && data.ratingComment === original?.ratingComment) {
    throw refuse('请选择对答复的评价')
  }
  return rated(data, original, now)
}

function rated(data: Data, original: Data | undefined, now: Date): Data {
  if (original?.status !== 'replied' && original?.status !== 'closed') throw refuse('留言答复后才能评价')
  if (original?.ratedAt && original?.repliedAt && original.ratedAt >= original.repliedAt) {
    throw refuse('您已评价过这次答复，谢谢')
  }
  if (!isRating(data.rating)) throw refuse('请选择对答复的评价')
  const comment = typeof data.ratingComment === 'string' ? data.ratingComment.trim().slice(0, 500) : ''
  return { rating: data.rating, ratingComment: comment, ratedAt: now.toISOString() }
}

async function derivedFields(after: HandlingState, before: HandlingState, original: Data | undefined, data: Data, req: PayloadRequest, now: Date) {
  const fields: Data = {
    status: after.status,
    extended: after.extended,
    limitDays: after.limitDays,
    reopenCount: after.reopenCount,
  }
  const receivedAt = new Date(original?.createdAt ?? now)
  let replyDue = original?.replyDueAt ? new Date(original.replyDueAt) : replyDueAt(receivedAt, after.limitDays)
  if (after.extended && !before.extended) replyDue = replyDueAt(receivedAt, after.limitDays)
  fields.replyDueAt = replyDue.toISOString()
  const due = currentDueAt(after.status, { acceptanceDueAt: original?.acceptanceDueAt ? new Date(original.acceptanceDueAt) : null, replyDueAt: replyDue })
  fields.dueAt = due ? due.toISOString() : null

  if (after.status !== before.status) {
    // A return to the dispatcher is internal: the resident's timeline already says 已受理.
    const returned = before.status === 'assigned' && after.status === 'accepted'
    if (PUBLIC_STEPS.has(after.status) && !returned) {
      const steps = (original?.timeline ?? []).map(({ status, at }: { status: string; at: string }) => ({ status, at }))
      fields.timeline = [...steps, { status: after.status, at: now.toISOString() }]
    }
    if (after.status === 'replied') Object.assign(fields, await replyFields(original, data, receivedAt, replyDue, req, now))
  }
  return fields
}

async function replyFields(original: Data | undefined, data: Data, receivedAt: Date, replyDue: Date, req: PayloadRequest, now: Date) {
  const fields: Data = { repliedAt: now.toISOString() }
  if (!(data.replyDepartment ?? original?.replyDepartment)) {
    const departmentId = data.department ?? original?.department
    const id = typeof departmentId === 'object' && departmentId ? departmentId.id : departmentId
    if (id) {
      const department = await req.payload.findByID({ collection: 'departments', id, depth: 0, overrideAccess: true, req }).catch(() => null)
      if (department) fields.replyDepartment = department.name
    }
  }
  // The figures count the first reply: a reopened message does not improve its own record.
  if (!original?.firstRepliedAt) {
    const timing = replyTiming(receivedAt, now, replyDue)
    Object.assign(fields, { firstRepliedAt: now.toISOString(), workingDaysToReply: timing.workingDays, repliedOnTime: timing.onTime })
  }
  return fields
}
