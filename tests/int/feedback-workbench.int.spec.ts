import config from '@payload-config'
import { REST_POST } from '@payloadcms/next/routes'
import { getPayload, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { endOfShanghaiDay } from '@/features/feedback/rules/handling'
import { queueCounts, queueRows, staffDirectory, workbenchViewer } from '@/features/feedback/server/workbench/queues'
import type { Department, Feedback, User } from '@/payload-types'
import { rest } from './helpers/api-client'
import { RESIDENT_COMPLAINT, submitResidentMessage } from './helpers/resident-message'
import { createStaff, loginToken } from './helpers/staff-accounts'

let payload: Payload
let handler: User
let colleague: User
let outsider: User
let editor: User
let tokens: Record<'handler' | 'colleague' | 'editor', string>
let jiceng: Department
let jiankang: Department

const reload = (id: number | string) => payload.findByID({ collection: 'feedback', id, overrideAccess: true, depth: 0 }) as Promise<Feedback>

async function submit(fields: Record<string, unknown> = {}) {
  const { trackingCode } = await submitResidentMessage(payload, { ...RESIDENT_COMPLAINT, ...fields })
  const found = await payload.find({ collection: 'feedback', where: { trackingCode: { equals: trackingCode } }, overrideAccess: true, depth: 0 })
  return found.docs[0] as Feedback
}

const act = (id: number | string, action: string, body: Record<string, unknown> = {}, token = tokens.handler) =>
  rest('POST', `/feedback/${id}/actions/${action}`, { token, body })

beforeAll(async () => {
  payload = await getPayload({ config })
  jiceng = (await payload.create({ collection: 'departments', data: { name: '基层指导科' }, overrideAccess: true })) as Department
  jiankang = (await payload.create({ collection: 'departments', data: { name: '妇幼健康科' }, overrideAccess: true })) as Department
  handler = await createStaff(payload, 'handler@wb.test', ['handler'], '张办理')
  colleague = await createStaff(payload, 'colleague@wb.test', ['handler'], '李同事')
  outsider = await createStaff(payload, 'outsider@wb.test', ['handler'], '王科员')
  editor = await createStaff(payload, 'editor@wb.test', ['editor'], '赵编辑')
  for (const [user, department] of [[handler, jiceng], [colleague, jiceng], [outsider, jiankang]] as const) {
    await payload.update({ collection: 'users', id: user.id, data: { department: department.id }, overrideAccess: true })
  }
  tokens = { handler: await loginToken('handler@wb.test'), colleague: await loginToken('colleague@wb.test'), editor: await loginToken('editor@wb.test') }
})

describe('queues and counts on a known set, with the clock moved across National Day 2026', () => {
  it('counts each queue and lists rows with working days left', async () => {
    // Placed straight in the database (no hooks): the state each message is in on 2026-09-30.
    const place = async (fields: Record<string, unknown>) => {
      const doc = await submit({ subject: `已知留言 ${Math.random().toString(36).slice(2, 8)}` })
      await payload.db.updateOne({ collection: 'feedback', id: doc.id, data: fields })
      return doc.id
    }
    const ids = {
      fresh: await place({ status: 'received', dueAt: endOfShanghaiDay('2026-10-09').toISOString() }),
      mine: await place({ status: 'assigned', assignedTo: handler.id, department: jiceng.id, dueAt: endOfShanghaiDay('2026-10-08').toISOString() }),
      colleagueLate: await place({ status: 'assigned', assignedTo: colleague.id, department: jiceng.id, dueAt: endOfShanghaiDay('2026-09-29').toISOString() }),
      elsewhere: await place({ status: 'assigned', assignedTo: outsider.id, department: jiankang.id, dueAt: endOfShanghaiDay('2026-10-20').toISOString() }),
      unsatisfied: await place({ status: 'replied', assignedTo: handler.id, department: jiceng.id, dueAt: null, rating: 'unsatisfied' }),
      reopened: await place({ status: 'assigned', assignedTo: handler.id, department: jiceng.id, reopenCount: 1, dueAt: endOfShanghaiDay('2026-10-16').toISOString() }),
      closed: await place({ status: 'closed', assignedTo: handler.id, department: jiceng.id, dueAt: null }),
    }
    const beforeHoliday = await workbenchViewer(payload, handler, new Date('2026-09-30T10:00:00+08:00'))
    expect(beforeHoliday.departmentId).toBe(String(jiceng.id))
    expect(await queueCounts(payload, handler, beforeHoliday)).toEqual({
      unassigned: 1, mine: 2, department: 3, 'due-soon': 1, overdue: 1, 'follow-up': 2,
    })
    const mine = await queueRows(payload, handler, beforeHoliday, { queue: 'mine', sort: 'time-left', page: 1 })
    expect(mine.rows.map((r) => [r.id, r.daysLeft])).toEqual([[ids.mine, 1], [ids.reopened, 8]])
    const department = await queueRows(payload, handler, beforeHoliday, { queue: 'department', sort: 'time-left', page: 1, handler: String(colleague.id) })
    expect(department.rows.map((r) => [r.id, r.daysLeft, r.handlerId])).toEqual([[ids.colleagueLate, -1, String(colleague.id)]])

    const afterHoliday = await workbenchViewer(payload, handler, new Date('2026-10-09T09:00:00+08:00'))
    const after = await queueCounts(payload, handler, afterHoliday)
    expect(after.overdue).toBe(2)
    expect(after['due-soon']).toBe(1)
    const overdue = await queueRows(payload, handler, afterHoliday, { queue: 'overdue', sort: 'time-left', page: 1 })
    // 09-29 → 10-09: 09-30 and 10-08 and 10-09 are working days; 10-08 → 10-09: one.
    expect(overdue.rows.map((r) => [r.id, r.daysLeft])).toEqual([[ids.colleagueLate, -3], [ids.mine, -1]])
    const complaintsOnly = await queueRows(payload, handler, afterHoliday, { queue: 'overdue', sort: 'time-left', page: 1, kind: 'consultation' })
    expect(complaintsOnly.totalDocs).toBe(0)
    expect(ids.elsewhere && ids.closed && ids.fresh && ids.unsatisfied).toBeTruthy()
    // The queues are for handlers: an editor reads no messages.
    await expect(queueCounts(payload, editor, beforeHoliday)).rejects.toThrow()
    // Reset, so the rest of the file starts from an empty desk.
    for (const id of Object.values(ids)) await payload.db.updateOne({ collection: 'feedback', id, data: { status: 'closed', dueAt: null, reopenCount: 0, rating: null } })
  })

  it('shows staff names to colleagues, for assigning', async () => {
    const directory = await staffDirectory(payload, handler)
    expect(directory.handlers.map((h) => h.name)).toEqual(expect.arrayContaining(['张办理', '李同事', '王科员']))
    expect(directory.handlers.map((h) => h.name)).not.toContain('赵编辑')
    expect(directory.departments.map((d) => d.name)).toEqual(expect.arrayContaining(['基层指导科', '妇幼健康科']))
  })
})

describe('the handling desk endpoint', () => {
  it('walks a message from 待受理 to 已办结 with the legal actions only', async () => {
    const doc = await submit()
    const refused = await act(doc.id, 'reply', { text: '您好' })
    expect(refused.status).toBe(400)
    expect(refused.json.error).toBe('留言尚未受理和交办，不能直接答复')
    expect((await reload(doc.id)).status).toBe('received')

    expect((await act(doc.id, 'accept')).json.status).toBe('accepted')
    const assigned = await act(doc.id, 'assign', { department: String(jiceng.id), handler: String(colleague.id) })
    expect(assigned.json).toMatchObject({ status: 'assigned' })
    let stored = await reload(doc.id)
    expect([stored.status, stored.assignedTo, stored.department]).toEqual(['assigned', colleague.id, jiceng.id])

    // The colleague sends it back; it is unassigned again and the reason kept for the dispatcher.
    expect((await act(doc.id, 'return', { reason: '' }, tokens.colleague)).json.error).toBe('请填写退回理由')
    expect((await act(doc.id, 'return', { reason: '属于妇幼健康科职责' }, tokens.colleague)).json.status).toBe('accepted')
    stored = await reload(doc.id)
    expect([stored.assignedTo ?? null, stored.department ?? null]).toEqual([null, null])
    expect(stored.internalNotes?.at(-1)?.note).toBe('退回：属于妇幼健康科职责')

    await act(doc.id, 'assign', { department: String(jiankang.id), handler: String(outsider.id) })
    expect((await act(doc.id, 'extend', { days: '30', reason: '需实地核查' })).json.error).toMatch(/最多还能延期/)
    expect((await act(doc.id, 'extend', { days: '3', reason: '需实地核查' })).status).toBe(200)
    expect((await act(doc.id, 'reply', { text: '您好，服务室已公示开放时间。' })).json.status).toBe('replied')
    expect((await act(doc.id, 'reopen')).json.error).toBe('没有这项办理操作')
    expect((await act(doc.id, 'close')).json.status).toBe('closed')
    expect((await act(doc.id, 'accept')).json.error).toBe('留言已办结，不能再办理')

    stored = await reload(doc.id)
    expect(stored.replyDepartment).toBe('妇幼健康科')
    // The public timeline shows 办理中 each time it is handed over; the return itself is internal.
    expect(stored.timeline?.map((s) => s.status)).toEqual(['received', 'accepted', 'assigned', 'assigned', 'replied', 'closed'])
    const audit = await payload.find({ collection: 'audit-log', where: { targetId: { equals: String(doc.id) } }, overrideAccess: true, sort: 'createdAt', limit: 50 })
    const summaries = audit.docs.map((d) => String(d.summary))
    expect(summaries).toContain(`留言 ${doc.trackingCode} 交办：部门 基层指导科，承办人 李同事`)
    expect(summaries.some((s) => s.includes('退回：属于妇幼健康科职责'))).toBe(true)
    expect(summaries.join('\n')).not.toMatch(/部门 \d|承办人 \d/)
  })

  it('refuses people who do not handle messages and bad targets, changing nothing', async () => {
    const doc = await submit()
    expect((await act(doc.id, 'accept', {}, tokens.editor)).status).toBe(403)
    expect((await rest('POST', `/feedback/${doc.id}/actions/accept`)).status).toBe(401)
    await act(doc.id, 'accept')
    expect((await act(doc.id, 'assign', { handler: String(editor.id) })).json.error).toBe('承办人必须是留言办理员或管理员')
    expect((await act('999999', 'accept')).status).toBe(404)
    expect((await reload(doc.id)).status).toBe('accepted')
  })

  it('answers a form without JavaScript with a redirect back to the desk', async () => {
    const doc = await submit()
    const body = new URLSearchParams({ returnTo: `/admin/collections/feedback/${doc.id}`, reason: '' })
    const request = new Request(`http://localhost/api/feedback/${doc.id}/actions/decline`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: `JWT ${tokens.handler}`, Origin: 'http://localhost' , Host: 'localhost' },
      body,
    })
    const response = await REST_POST(config)(request, { params: Promise.resolve({ slug: ['feedback', String(doc.id), 'actions', 'decline'] }) })
    expect(response.status).toBe(303)
    const location = new URL(response.headers.get('location')!, 'http://localhost')
    expect(location.pathname).toBe(`/admin/collections/feedback/${doc.id}`)
    expect(location.searchParams.get('refused')).toBe('请填写不予受理的理由')
    const crossSite = new Request(`http://localhost/api/feedback/${doc.id}/actions/accept`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: `JWT ${tokens.handler}`, Origin: 'https://evil.example', Host: 'localhost' },
      body: new URLSearchParams({}),
    })
    expect((await REST_POST(config)(crossSite, { params: Promise.resolve({ slug: ['feedback', String(doc.id), 'actions', 'accept'] }) })).status).toBe(403)
    expect((await reload(doc.id)).status).toBe('received')
  })
})

describe('bulk assign (派单)', () => {
  it('accepts and assigns several messages to a colleague at once', async () => {
    const docs = [await submit(), await submit(), await submit()]
    await act(docs[2].id, 'decline', { reason: '重复留言' })
    const ids = docs.map((d) => String(d.id))
    const bad = await rest('POST', '/feedback/bulk-assign', { token: tokens.handler, body: { ids, department: '424242' } })
    expect(bad.json.error).toMatch(/请选择在用的承办部门/)
    expect((await reload(docs[0].id)).status).toBe('received')

    const response = await rest('POST', '/feedback/bulk-assign', { token: tokens.handler, body: { ids, handler: String(colleague.id), department: String(jiceng.id) } })
    expect(response.status).toBe(200)
    expect(response.json.assigned).toBe(2)
    expect(response.json.refused).toEqual([{ id: ids[2], trackingCode: docs[2].trackingCode, message: '留言已不予受理，不能再办理' }])
    for (const doc of docs.slice(0, 2)) {
      const stored = await reload(doc.id)
      expect([stored.status, stored.assignedTo]).toEqual(['assigned', colleague.id])
      expect(stored.timeline?.map((s) => s.status)).toEqual(['received', 'accepted', 'assigned'])
    }
    const viewer = await workbenchViewer(payload, colleague)
    expect((await queueCounts(payload, colleague, viewer)).mine).toBe(2)
    expect((await rest('POST', '/feedback/bulk-assign', { token: tokens.handler, body: { ids: [] } })).json.error).toBe('请先勾选要交办的留言。')
  })
})
