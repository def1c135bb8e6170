import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Department, Feedback, ModeratedCopy, User } from '@/payload-types'
import { graphql, rest } from './helpers/api-client'
import { SELF_NAMING_COMPLAINT, submitResidentMessage } from './helpers/resident-message'
import { createStaff, loginToken, staffPerRole } from './helpers/staff-accounts'

let payload: Payload
let users: Record<'admin' | 'handler' | 'reviewer' | 'editor', User>
let tokens: Record<'admin' | 'handler' | 'reviewer' | 'editor', string>
let colleague: { user: User; token: string }
let department: Department

const SECRETS = ['李秀英', '13912345678', 'li@example.test']

const asHandler = (id: number | string, data: Record<string, unknown>) =>
  payload.update({ collection: 'feedback', id, data, overrideAccess: false, user: users.handler, depth: 0 })

async function repliedMessage(fields: Record<string, unknown> = {}) {
  const result = await submitResidentMessage(payload, { ...SELF_NAMING_COMPLAINT, ...fields })
  const found = await payload.find({ collection: 'feedback', where: { trackingCode: { equals: result.trackingCode } }, overrideAccess: true })
  const message = found.docs[0] as Feedback
  await asHandler(message.id, { status: 'accepted' })
  await asHandler(message.id, { status: 'assigned', department: department.id, assignedTo: users.handler.id })
  await asHandler(message.id, { status: 'replied', reply: '您好，已责成该社区在门口公示开放时间，并安排专人接听电话。' })
  return message
}

async function copyOf(message: Feedback): Promise<ModeratedCopy | undefined> {
  const found = await payload.find({ collection: 'moderated-copies', where: { source: { equals: message.id } }, overrideAccess: true, depth: 0 })
  return found.docs[0]
}

const act = (id: number | string, action: string, token: string, body: Record<string, unknown> = {}) =>
  rest('POST', `/moderated-copies/${id}/actions/${action}`, { token, body })

const publicReplies = async () => JSON.stringify((await rest('GET', '/published-replies?limit=100')).json)

beforeAll(async () => {
  payload = await getPayload({ config })
  const staff = await staffPerRole(payload, ['admin', 'editor', 'reviewer', 'handler'], 'copies.example.test')
  users = staff.users
  tokens = staff.tokens
  const second = await createStaff(payload, 'handler-2@copies.example.test', ['handler'], '第二办理员')
  colleague = { user: second, token: await loginToken('handler-2@copies.example.test') }
  department = (await payload.create({ collection: 'departments', data: { name: '基层指导科', email: 'jiceng@copies.example.test' }, overrideAccess: true })) as Department
})

describe('a public copy is drafted on reply, and nothing is public before a second person approves it', () => {
  it('drafts a redacted copy for a consenting message; visitors and editors reach nothing of it', async () => {
    const message = await repliedMessage()
    const copy = await copyOf(message)
    expect(copy?.status).toBe('drafting')
    expect(copy?.question).not.toContain('13912345678')
    expect(copy?.question).not.toContain('李秀英')
    expect(copy?.answer).toContain('公示开放时间')
    expect(await publicReplies()).not.toContain('社区服务室周末不开门')
    expect((await rest('GET', `/moderated-copies/${copy!.id}`)).status).toBe(403)
    expect((await rest('GET', `/moderated-copies/${copy!.id}`, { token: tokens.editor })).status).toBe(403)
    expect((await rest('GET', `/moderated-copies/${copy!.id}`, { token: tokens.reviewer })).status).toBe(200)
  })

  it('never drafts a copy without the resident’s consent', async () => {
    const message = await repliedMessage({ publishConsent: 'no' })
    expect(await copyOf(message)).toBeUndefined()
  })

  it('lets no writer approve their own copy, and refuses steps out of order with a reason', async () => {
    const message = await repliedMessage()
    const copy = (await copyOf(message))!
    expect((await act(copy.id, 'approve', tokens.reviewer)).json.error).toBe('公开版本现在是“起草中”，不能“批准公开”')
    const submitted = await act(copy.id, 'submit', tokens.handler)
    expect(submitted.status).toBe(200)
    expect(submitted.json.doc.writerNames).toBe('handler')
    expect((await act(copy.id, 'approve', tokens.handler)).status).toBe(403)
    expect((await act(copy.id, 'approve', colleague.token)).status).toBe(403)
    // Editors cannot even find a copy: the collection is closed to them.
    expect((await act(copy.id, 'approve', tokens.editor)).status).toBe(404)
    expect((await rest('POST', `/moderated-copies/${copy.id}/actions/approve`, { body: {} })).status).toBe(401)
    expect((await act(copy.id, 'publish-now', tokens.admin)).status).toBe(404)

    // An administrator who wrote part of a copy is one of its writers too.
    const other = (await copyOf(await repliedMessage()))!
    expect((await rest('PATCH', `/moderated-copies/${other.id}`, { token: tokens.admin, body: { answer: `${other.answer}（管理员补充）` } })).status).toBe(200)
    expect((await act(other.id, 'submit', tokens.handler)).status).toBe(200)
    const refused = await act(other.id, 'approve', tokens.admin)
    expect(refused.status).toBe(409)
    expect(refused.json.error).toContain('撰写人不能审核')
    expect((await act(other.id, 'approve', tokens.reviewer)).status).toBe(200)
  })

  it('changes status and the review record only through the steps, and texts only while drafting', async () => {
    const message = await repliedMessage()
    const copy = (await copyOf(message))!
    const direct = await rest('PATCH', `/moderated-copies/${copy.id}`, { token: tokens.handler, body: { status: 'published' } })
    expect(direct.status).toBe(400)
    expect(JSON.stringify(direct.json)).toContain('只能通过')
    const forged = await rest('PATCH', `/moderated-copies/${copy.id}`, { token: tokens.handler, body: { approverName: '某某', writers: [] } })
    expect(forged.status).toBe(200)
    const after = (await copyOf(message))!
    expect(after.approverName ?? '').toBe('')
    expect(after.status).toBe('drafting')
    expect((await rest('PATCH', `/moderated-copies/${copy.id}`, { token: tokens.reviewer, body: { answer: '审核员改写' } })).status).toBe(403)
    expect((await act(copy.id, 'submit', tokens.handler)).status).toBe(200)
    const late = await rest('PATCH', `/moderated-copies/${copy.id}`, { token: tokens.handler, body: { answer: '提交后再改' } })
    expect(late.status).toBe(400)
    expect(JSON.stringify(late.json)).toContain('待审核')
    expect((await copyOf(message))!.answer).not.toBe('提交后再改')
    expect((await rest('POST', '/moderated-copies', { token: tokens.admin, body: { subject: 'x', source: message.id } })).status).toBe(403)
    const gqlForged = await graphql(`mutation { updateModeratedCopy(id: ${JSON.stringify(copy.id)}, data: { status: published }) { status } }`, tokens.handler)
    expect(JSON.stringify(gqlForged.json)).not.toContain('"status":"published"')
    expect((await copyOf(message))!.status).toBe('submitted')
  })

  it('blocks approval while a flagged span is neither removed nor explained, then publishes exactly the approved text', async () => {
    const message = await repliedMessage()
    const copy = (await copyOf(message))!
    const leaked = `${copy.answer} 请联系李秀英本人，电话 139 1234 5678；也可拨打本站电话 028-86123456。`
    expect((await rest('PATCH', `/moderated-copies/${copy.id}`, { token: tokens.handler, body: { answer: leaked } })).status).toBe(200)
    expect((await act(copy.id, 'submit', tokens.handler)).status).toBe(200)

    const blocked = await act(copy.id, 'approve', tokens.reviewer)
    expect(blocked.status).toBe(409)
    expect(blocked.json.error).toContain('以下内容可能是个人信息')
    expect(blocked.json.error).toContain('139 1234 5678')
    expect(await publicReplies()).not.toContain('139 1234 5678')

    // Explaining only the public office number is not enough while the resident's number remains.
    const officeOnly = await act(copy.id, 'approve', tokens.reviewer, { confirmations: [{ field: 'answer', text: '028-86123456', reason: '本站公开的办公电话' }] })
    expect(officeOnly.status).toBe(409)
    expect(officeOnly.json.error).not.toContain('028-86123456')

    const returned = await act(copy.id, 'return', tokens.reviewer, { text: '答复中还有群众的姓名和手机号，请删去' })
    expect(returned.status).toBe(200)
    expect(returned.json.doc.status).toBe('drafting')
    expect(returned.json.doc.returnRemark).toContain('请删去')
    const cleaned = `${copy.answer} 也可拨打本站电话 028-86123456。`
    expect((await rest('PATCH', `/moderated-copies/${copy.id}`, { token: tokens.handler, body: { answer: cleaned } })).status).toBe(200)
    expect((await act(copy.id, 'submit', tokens.handler)).status).toBe(200)
    const approved = await act(copy.id, 'approve', tokens.reviewer, {
      confirmations: [
        { field: 'answer', text: '028-86123456', reason: '本站公开的办公电话' },
        { field: 'question', text: 'not-in-text', reason: '无关的确认' },
      ],
    })
    expect(approved.status, JSON.stringify(approved.json)).toBe(200)
    expect(approved.json.doc.status).toBe('published')
    expect(approved.json.doc.approverName).toBe('reviewer')
    expect(approved.json.doc.confirmations.map((c: { text: string; reason: string }) => [c.text, c.reason])).toEqual([['028-86123456', '本站公开的办公电话']])

    const board = await publicReplies()
    expect(board).toContain(cleaned)
    for (const secret of [...SECRETS, '139 1234 5678', String(message.id) + '"', '"source"']) expect(board).not.toContain(secret)
    const gql = JSON.stringify((await graphql('{ PublishedReplies(limit: 100) { docs { subject question answer department } } }')).json)
    expect(gql).toContain(cleaned)
    for (const secret of SECRETS) expect(gql).not.toContain(secret)
    const indexed = await payload.find({ collection: 'search-documents', where: { type: { equals: 'reply' } }, overrideAccess: true, limit: 100 })
    expect(JSON.stringify(indexed.docs)).toContain('公示开放时间')
    for (const secret of SECRETS) expect(JSON.stringify(indexed.docs)).not.toContain(secret)

    const audit = await payload.find({ collection: 'audit-log', where: { targetId: { equals: String(copy.id) } }, overrideAccess: true, limit: 50 })
    expect(audit.docs.map((entry) => entry.action)).toEqual(expect.arrayContaining(['moderation.submit', 'moderation.return', 'moderation.approve']))
  })

  it('withdraws with a reason, from the board, the API and search at once', async () => {
    const message = await repliedMessage({ subject: '希望服务室公布周末值班电话' })
    const copy = (await copyOf(message))!
    expect((await act(copy.id, 'submit', tokens.handler)).status).toBe(200)
    expect((await act(copy.id, 'approve', tokens.reviewer)).status).toBe(200)
    const subject = (await copyOf(message))!.subject!
    expect(await publicReplies()).toContain(subject)
    expect((await act(copy.id, 'withdraw', tokens.reviewer, { text: '' })).json.error).toBe('请写明撤下的原因')
    const withdrawn = await act(copy.id, 'withdraw', colleague.token, { text: '群众来电要求撤下' })
    expect(withdrawn.status).toBe(200)
    expect(withdrawn.json.doc.status).toBe('withdrawn')
    expect(await publicReplies()).not.toContain(subject)
    const indexed = await payload.find({ collection: 'search-documents', where: { title: { equals: subject } }, overrideAccess: true })
    expect(indexed.totalDocs).toBe(0)
    expect((await act(copy.id, 'redraft', tokens.handler)).json.doc.status).toBe('drafting')
  })
})
