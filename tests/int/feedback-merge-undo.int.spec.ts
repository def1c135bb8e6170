import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { deskMerges } from '@/features/feedback/server/workbench/undo-merge'
import type { Department, Feedback, User } from '@/payload-types'
import { rest } from './helpers/api-client'
import { RESIDENT_COMPLAINT, submitResidentMessage } from './helpers/resident-message'
import { createStaff, loginToken } from './helpers/staff-accounts'

// 撤销合并: who may take a merge back and when, what the merged message becomes, and that
// nobody else changes anything. Messages are merged and unmerged as staff do, over the endpoints.
let payload: Payload
let people: Record<'merger' | 'colleague' | 'outsider' | 'editor' | 'admin', User>
let tokens: Record<keyof typeof people, string>
let jiceng: Department

const reload = (id: number | string) => payload.findByID({ collection: 'feedback', id, overrideAccess: true, depth: 0 }) as Promise<Feedback>
const act = (id: number | string, action: string, body: Record<string, unknown> = {}, token = tokens.merger) =>
  rest('POST', `/feedback/${id}/actions/${action}`, { token, body })
const mergeInto = (id: number | string, into: number | string, token = tokens.merger) => rest('POST', `/feedback/${id}/merge`, { token, body: { into: String(into) } })
const undo = (id: number | string, token: string | undefined, reason = '两条留言反映的不是同一个服务室') =>
  rest('POST', `/feedback/${id}/undo-merge`, { token, body: { reason } })
const audit = async (id: number | string) =>
  (await payload.find({ collection: 'audit-log', where: { targetId: { equals: String(id) } }, overrideAccess: true, sort: 'createdAt', limit: 100, depth: 0 })).docs
const asStaff = (user: User) => ({ ...user, collection: 'users' as const })

async function submit(fields: Record<string, unknown> = {}) {
  const result = await submitResidentMessage(payload, { ...RESIDENT_COMPLAINT, ...fields })
  const doc = (await payload.find({ collection: 'feedback', where: { trackingCode: { equals: result.trackingCode } }, overrideAccess: true, depth: 0 })).docs[0] as Feedback
  return { doc, accessKey: result.accessKey }
}

/** A message handed to `handler`, and a look-alike from another resident merged into it by the merger. */
async function mergedPair(handler: User) {
  const main = (await submit({ subject: '社区服务室药具缺货', message: '社区服务室的免费避孕药具缺货两周了。' })).doc
  const same = await submit({ subject: '服务室药具缺货', message: '服务室免费避孕药具缺货很久了。', email: 'second@example.test' })
  await act(main.id, 'accept')
  await act(main.id, 'assign', { department: String(jiceng.id), handler: String(handler.id) })
  const before = await reload(same.doc.id)
  expect((await mergeInto(same.doc.id, main.id)).status).toBe(200)
  return { main, same: same.doc, accessKey: same.accessKey, before }
}

const handlingOf = (doc: Feedback) => ({
  status: doc.status,
  dueAt: doc.dueAt ?? null,
  mergedInto: doc.mergedInto ?? null,
  mergedAt: doc.mergedAt ?? null,
  timeline: (doc.timeline ?? []).map((s) => s.status),
  notes: (doc.internalNotes ?? []).length,
})

beforeAll(async () => {
  payload = await getPayload({ config })
  jiceng = (await payload.create({ collection: 'departments', data: { name: '基层指导科' }, overrideAccess: true })) as Department
  const other = (await payload.create({ collection: 'departments', data: { name: '妇幼健康科' }, overrideAccess: true })) as Department
  people = {
    merger: await createStaff(payload, 'merger@undo.test', ['handler'], '张合并'),
    colleague: await createStaff(payload, 'colleague@undo.test', ['handler'], '李同事'),
    outsider: await createStaff(payload, 'outsider@undo.test', ['handler'], '王科员'),
    editor: await createStaff(payload, 'editor@undo.test', ['editor'], '赵编辑'),
    admin: await createStaff(payload, 'admin@undo.test', ['admin'], '陈主任'),
  }
  for (const [user, department] of [[people.merger, jiceng], [people.colleague, jiceng], [people.outsider, other]] as const) {
    await payload.update({ collection: 'users', id: user.id, data: { department: department.id }, overrideAccess: true })
  }
  tokens = Object.fromEntries(await Promise.all(Object.keys(people).map(async (key) => [key, await loginToken(`${key}@undo.test`)]))) as typeof tokens
})

describe('taking a merge back (撤销合并)', () => {
  it('lets the colleague who handles the other message undo a merge made by someone else: the message is as before, audited, told, tracked again', async () => {
    const { main, same, accessKey, before } = await mergedPair(people.colleague)
    const merged = await reload(same.id)
    expect([merged.status, Boolean(merged.mergedAt), merged.mergedBy, merged.beforeMerge?.status]).toEqual(['accepted', true, people.merger.id, 'received'])

    // The desk offers the button to the colleague (on the message merged into) and to the merger, not to an outsider.
    const into = await reload(main.id)
    expect((await deskMerges(payload, asStaff(people.colleague), into)).merged.map((m) => [m.trackingCode, m.canUndo])).toEqual([[same.trackingCode, true]])
    expect((await deskMerges(payload, asStaff(people.merger), merged)).into?.canUndo).toBe(true)
    expect((await deskMerges(payload, asStaff(people.outsider), into)).merged.map((m) => m.canUndo)).toEqual([false])

    const refused = await undo(same.id, tokens.colleague, '  ')
    expect([refused.status, refused.json.error]).toEqual([400, '请填写撤销合并的理由'])
    const done = await undo(same.id, tokens.colleague)
    expect([done.status, done.json.status, done.json.message]).toEqual([200, 'received', `留言 ${same.trackingCode} 已撤销合并，恢复为“已收到”，单独办理`])

    const restored = await reload(same.id)
    expect(handlingOf(restored)).toEqual({ ...handlingOf(before), notes: handlingOf(before).notes + 2 })
    expect(restored.dueAt).toBe(before.acceptanceDueAt)
    expect([restored.mergedBy ?? null, restored.beforeMerge?.status ?? null]).toEqual([null, null])
    expect(restored.internalNotes?.at(-1)).toMatchObject({ note: `撤销合并：不再并入留言 ${main.trackingCode}。理由：两条留言反映的不是同一个服务室`, author: 'colleague@undo.test' })
    const entries = await audit(same.id)
    const summaries = entries.map((e) => String(e.summary))
    expect(summaries).toContain(`留言 ${same.trackingCode} 并入留言 ${main.trackingCode} 合并办理`)
    expect(summaries).toContain(`留言 ${same.trackingCode}：已受理 → 已收到（撤销合并）`)
    const entry = entries.find((e) => e.action === 'feedback.merge-undo')
    expect([entry?.summary, entry?.actorEmail]).toEqual([`留言 ${same.trackingCode} 撤销合并，不再并入留言 ${main.trackingCode}：两条留言反映的不是同一个服务室`, 'colleague@undo.test'])
    const jobs = await payload.find({ collection: 'payload-jobs', overrideAccess: true, limit: 200, where: { taskSlug: { equals: 'sendEmail' } } })
    expect(JSON.stringify(jobs.docs)).toContain(`您的来信改为单独办理（查询码 ${same.trackingCode}）`)

    // The resident's code answers with the message's own state again, without the merge notice.
    const { trackFeedbackAction } = await import('@/features/feedback/server/track-actions')
    const form = new FormData()
    form.set('code', same.trackingCode)
    form.set('key', accessKey)
    const tracked = await trackFeedbackAction({ status: 'idle' }, form)
    expect(tracked.status).toBe('found')
    if (tracked.status !== 'found') return
    expect([tracked.message.status, tracked.message.outcome, tracked.message.steps.map((s) => s.label)]).toEqual(['已收到', undefined, ['已收到']])
    expect(tracked.message.due).toMatch(/^受理期限/)

    // On its own now: the other message's reply no longer answers it, and it can be merged again.
    expect((await undo(same.id, tokens.colleague)).json.error).toBe('这条留言没有并入其他留言')
    await act(main.id, 'reply', { text: '您好，已补足药具。' }, tokens.colleague)
    expect((await reload(same.id)).status).toBe('received')
  })

  it('refuses anyone else with a Chinese reason and changes nothing', async () => {
    const { same } = await mergedPair(people.colleague)
    const before = handlingOf(await reload(same.id))
    const auditBefore = (await audit(same.id)).length
    const outsider = await undo(same.id, tokens.outsider)
    expect([outsider.status, outsider.json.error]).toEqual([403, '只有合并这条留言的工作人员、所并入留言的承办人或管理员可以撤销合并'])
    const editor = await undo(same.id, tokens.editor)
    expect([editor.status, editor.json.error]).toEqual([403, '只有留言办理员和管理员可以办理留言。'])
    expect((await undo(same.id, undefined)).status).toBe(401)
    expect((await audit(same.id)).length).toBe(auditBefore)
    // Nor can a handler clear the merge by editing the field: it stays until taken back through the desk.
    const patched = await rest('PATCH', `/feedback/${same.id}`, { token: tokens.outsider, body: { mergedInto: null, beforeMerge: { status: 'accepted' } } })
    expect(patched.status).toBe(200)
    const after = await reload(same.id)
    expect(handlingOf(after)).toEqual(before)
    expect(after.beforeMerge?.status).toBe('received')
    expect((await audit(same.id)).some((e) => e.action === 'feedback.merge-undo')).toBe(false)
  })

  it('lets an administrator undo any merge, and nobody once the reply has gone out', async () => {
    const { main, same } = await mergedPair(people.merger)
    // A message accepted before its merge stays accepted, with its steps, on its reply clock.
    const third = (await submit({ subject: '药具缺货第三条', message: '社区服务室的避孕药具又缺货了。' })).doc
    await act(third.id, 'accept')
    const accepted = await reload(third.id)
    await mergeInto(third.id, main.id)
    expect((await undo(third.id, tokens.admin)).json.status).toBe('accepted')
    expect(handlingOf(await reload(third.id))).toEqual({ ...handlingOf(accepted), notes: handlingOf(accepted).notes + 2 })

    await act(main.id, 'reply', { text: '您好，已补足药具。' })
    expect((await reload(same.id)).status).toBe('replied')
    const late = await undo(same.id, tokens.admin)
    expect([late.status, late.json.error]).toEqual([400, '所并入的留言已经答复，不能再撤销合并'])
    expect((await deskMerges(payload, asStaff(people.admin), await reload(main.id))).merged.map((m) => [m.trackingCode, m.canUndo])).toEqual([[same.trackingCode, false]])
    const stored = await reload(same.id)
    expect([stored.status, stored.mergedInto]).toEqual(['replied', main.id])
  })
})
