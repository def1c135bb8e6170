import { createLocalReq, type Payload, type Where } from 'payload'
import type { FlagConfirmation } from '@/features/moderation/rules'
import { takeCopyAction } from '@/features/moderation/server/copy-actions'
import type { Feedback, User } from '@/payload-types'

export const DEMO_DEPARTMENTS = [
  // 示例 address; this department's mailbox gets the daily digest (每日留言待办汇总).
  { name: '基层指导科', email: 'jiceng@demo.cdjsw.local', feedbackDigest: true },
  { name: '流动人口服务管理科', email: 'liudong@demo.cdjsw.local' },
  { name: '妇幼健康服务科', email: 'fuyou@demo.cdjsw.local' },
  { name: '宣传教育科', email: 'xuanjiao@demo.cdjsw.local' },
]

export const DEMO_REPLY_TEMPLATES = [
  { title: '受理告知', body: '您好！您的留言已收到并受理，我们将在规定的工作日内答复。感谢您对人口和计划生育工作的关心。' },
  { title: '咨询答复（通用）', kind: 'consultation' as const, body: '您好！关于您咨询的问题，答复如下：\n\n如有疑问，请拨打服务热线，或到就近的计划生育服务站咨询。' },
  { title: '投诉处理结果', kind: 'complaint' as const, body: '您好！收到您的投诉后，我们进行了核实，处理情况如下：\n\n感谢您的监督，欢迎继续对我们的工作提出意见。' },
]

/** `publicCopy`: what the handler changes in the suggested public copy, and what the reviewer keeps. */
export type DemoHandling = {
  department: string
  reply?: string
  publish?: boolean
  publicCopy?: { question?: string; answer?: string; confirmations?: FlagConfirmation[] }
}

/** Walks a new demo message through the handler's steps, as the demo handler, with the real hooks. */
export async function handleDemoMessage(payload: Payload, trackingCode: string, handling: DemoHandling) {
  const [handler, department, message] = await Promise.all([
    payload.find({ collection: 'users', where: { email: { equals: 'handler@demo.cdjsw.local' } }, limit: 1, depth: 0 }),
    payload.find({ collection: 'departments', where: { name: { equals: handling.department } }, limit: 1, depth: 0 }),
    payload.find({ collection: 'feedback', where: { trackingCode: { equals: trackingCode } }, limit: 1, depth: 0 }),
  ])
  const user = handler.docs[0]
  const doc = message.docs[0] as Feedback | undefined
  if (!user || !doc || doc.status !== 'received') return
  const step = (data: Record<string, unknown>) =>
    payload.update({ collection: 'feedback', id: doc.id, data, overrideAccess: false, user, depth: 0 }) as Promise<Feedback>
  await step({ status: 'accepted' })
  await step({ status: 'assigned', department: department.docs[0]?.id, assignedTo: user.id })
  if (!handling.reply) return
  await step({ status: 'replied', reply: handling.reply })
  if (handling.publish) await publishDemoCopy(payload, { source: { equals: doc.id } }, user, handling.publicCopy)
}

/**
 * The public copy drafted on reply (or on a consultation comment given with consent), submitted
 * by the handler and approved by the demo reviewer, as at the desk. A copy whose suggestion still
 * holds flagged spans stays 待审核 for the reviewer to look at in the demo, rather than being
 * pushed through. `copyOf` finds the copy: `{ source: … }` for a message, `{ comment: … }`.
 */
export async function publishDemoCopy(payload: Payload, copyOf: Where, handler: User, edits: DemoHandling['publicCopy'] = {}) {
  const [reviewer, copy] = await Promise.all([
    payload.find({ collection: 'users', where: { email: { equals: 'reviewer@demo.cdjsw.local' } }, limit: 1, depth: 0 }),
    payload.find({ collection: 'moderated-copies', where: copyOf, limit: 1, depth: 0 }),
  ])
  const id = copy.docs[0]?.id
  if (!id || !reviewer.docs[0]) return
  const { confirmations = [], ...texts } = edits
  if (Object.keys(texts).length > 0) {
    await payload.update({ collection: 'moderated-copies', id, data: texts, overrideAccess: false, user: { ...handler, collection: 'users' } as never })
  }
  for (const [who, action] of [[handler, 'submit'], [reviewer.docs[0], 'approve']] as const) {
    const req = await createLocalReq({ user: { ...who, collection: 'users' } as never }, payload)
    const result = await takeCopyAction(req, id, action, { confirmations })
    if (!result.ok) return
  }
}
