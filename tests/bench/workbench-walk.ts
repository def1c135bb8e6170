// The handler's path through the workbench, timed on the seeded database (tests/bench/seed-feedback-bulk.ts
// --workbench): each step is the server-side work of the requests a handler's click makes, called
// through the local API as the admin view, the desk and the endpoints call it. Not run by hand.
import crypto from 'node:crypto'
import { createLocalReq, type Payload } from 'payload'
import { submitFeedback } from '@/features/feedback/server/submit-feedback'
import { loadDesk } from '@/features/feedback/server/workbench/desk'
import { takeDeskAction } from '@/features/feedback/server/workbench/desk-actions'
import { loadWorkbench } from '@/features/feedback/server/workbench/queues'
import { takeCopyAction } from '@/features/moderation/server/copy-actions'

type Staff = { id: number | string; collection: 'users'; roles?: unknown; email?: string }

/**
 * The steps from a new message to a reply sent, then to its public copy. `requests`: what the
 * browser asks for (without JavaScript every step form posts, then the desk loads again);
 * `clicks`: links and buttons pressed, each drop-down counted as two (open, choose), typing not
 * counted, as on the desk's forms (src/features/feedback/ui/admin/workbench).
 */
export const WALK_STEPS = [
  { key: 'queue', label: 'open queue 待受理 (counts, page, directory)', requests: 1, clicks: 1 },
  { key: 'message', label: 'open message (办理 tab)', requests: 1, clicks: 1 },
  { key: 'accept', label: '受理 + desk reload', requests: 2, clicks: 1 },
  { key: 'assign', label: '交办 to self + desk reload', requests: 2, clicks: 5 },
  { key: 'reply', label: '答复 + desk reload', requests: 2, clicks: 1 },
  { key: 'publish', label: 'publish copy: 提交审核 + 批准公开 (reviewer)', requests: 2, clicks: 2 },
] as const

export type WalkStep = (typeof WALK_STEPS)[number]['key']
export const REPLY_STEPS: WalkStep[] = ['queue', 'message', 'accept', 'assign', 'reply']

const MESSAGE = {
  kind: 'complaint',
  subject: '社区服务室周六不开门',
  message: '上周六上午我到社区计生服务室领取避孕药具，门口没有贴开放时间，希望公示开放时间。',
  replyBy: 'none',
  publishConsent: 'yes',
}

/** One walk: a resident's new message (not timed), then each step of the handler, in ms. */
export async function walkOnce(payload: Payload, people: { handler: Staff; reviewer: Staff }, departmentId: string): Promise<Record<WalkStep, number>> {
  const { handler, reviewer } = people
  const submitted = await submitFeedback(payload, { fields: MESSAGE, files: [], idempotencyToken: crypto.randomUUID(), proofOfWork: undefined, honeypot: '' })
  if (!submitted.ok) throw new Error(`the resident's message was refused: ${JSON.stringify(submitted.errors)}`)
  const id = (await payload.find({ collection: 'feedback', where: { trackingCode: { equals: submitted.trackingCode } }, depth: 0, limit: 1, overrideAccess: true })).docs[0].id
  const times = {} as Record<WalkStep, number>
  const step = async (key: WalkStep, work: () => Promise<unknown>) => {
    const started = performance.now()
    await work()
    times[key] = performance.now() - started
  }
  const must = async <T extends { ok: boolean; message?: string }>(what: string, outcome: Promise<T>) => {
    const result = await outcome
    if (!result.ok) throw new Error(`${what} refused: ${result.message}`)
    return result
  }
  const desk = async () => {
    if (!(await loadDesk(payload, handler, id))) throw new Error('the desk found no message')
  }
  await step('queue', () => loadWorkbench(payload, handler, { queue: 'unassigned', sort: 'time-left', page: 1 }))
  await step('message', desk)
  await step('accept', async () => (await must('受理', takeDeskAction(payload, handler, id, 'accept', {})), await desk()))
  await step('assign', async () => (await must('交办', takeDeskAction(payload, handler, id, 'assign', { department: departmentId, handler: String(handler.id) })), await desk()))
  await step('reply', async () => (await must('答复', takeDeskAction(payload, handler, id, 'reply', { text: '您好，已责成该社区在服务室门口公示开放时间，并安排专人接听电话。' })), await desk()))
  const copy = (await payload.find({ collection: 'moderated-copies', where: { source: { equals: id } }, depth: 0, limit: 1, overrideAccess: true })).docs[0]
  if (!copy) throw new Error('no public copy was drafted for the reply')
  const [handlerReq, reviewerReq] = await Promise.all([createLocalReq({ user: handler as never }, payload), createLocalReq({ user: reviewer as never }, payload)])
  await step('publish', async () => {
    await must('提交审核', takeCopyAction(handlerReq, copy.id, 'submit', {}))
    await must('批准公开', takeCopyAction(reviewerReq, copy.id, 'approve', {}))
  })
  return times
}
