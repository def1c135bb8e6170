import config from '@payload-config'
import { getPayload, type Payload, type Where } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { ANONYMOUS_ACTOR, AUDIT_CSV_HEADER } from '@/platform/audit/rules'
import { UTF8_BOM } from '@/platform/csv/csv'
import { PEER_ADDRESS_HEADER } from '@/platform/security/client-ip'
import { submitFeedback } from '@/features/feedback/server/submit-feedback'
import type { AuditLog, User } from '@/payload-types'
import { graphql, rest } from './helpers/api-client'
import { RESIDENT_COMPLAINT, residentMessage } from './helpers/resident-message'

let payload: Payload
const users: Record<string, User> = {}
const tokens: Record<string, string> = {}
const password = 'Correct-Horse-42'
// As the server stamps a request from nginx on this machine (src/platform/security/stamp-peer-address.ts).
const ip = (n: number) => ({ 'X-Forwarded-For': `203.0.113.${n}`, [PEER_ADDRESS_HEADER]: '127.0.0.1' })

const entries = async (where: Where) =>
  (await payload.find({ collection: 'audit-log', where, sort: 'createdAt', pagination: false, depth: 0, overrideAccess: true })).docs as AuditLog[]

const entriesFor = (targetCollection: string, targetId: string | number) =>
  entries({ and: [{ targetCollection: { equals: targetCollection } }, { targetId: { equals: String(targetId) } }] })

/** Runs a step and returns the entries about the document that it added. */
async function step(targetCollection: string, targetId: () => string | number, run: () => Promise<unknown>) {
  const before = await entries({})
  await run()
  const after = await entriesFor(targetCollection, targetId())
  return after.filter((entry) => !before.some((old) => old.id === entry.id))
}

async function login(email: string, pass: string, from = ip(1)) {
  return rest('POST', '/users/login', { body: { email, password: pass }, headers: from })
}

beforeAll(async () => {
  payload = await getPayload({ config })
  for (const role of ['admin', 'editor', 'reviewer', 'handler'] as const) {
    users[role] = (await payload.create({ collection: 'users', data: { email: `${role}@audit.test`, password, name: role, roles: [role] } })) as User
    const response = await login(`${role}@audit.test`, password)
    expect(response.status).toBe(200)
    tokens[role] = response.json.token
  }
})

describe('content changes', () => {
  it('records create, draft update, publish, unpublish and delete once each, with who, what and IP', async () => {
    let id: string | number = ''
    const event = { title: '审计测试讲座', startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(), place: '社区活动室', summary: '摘要。', _status: 'draft' }

    const created = await step('events', () => id, async () => {
      const response = await rest('POST', '/events?draft=true', { token: tokens.editor, body: event, headers: ip(11) })
      expect(response.status).toBe(201)
      id = response.json.doc.id
    })
    expect(created.map((e) => [e.action, e.actorEmail, e.ip])).toEqual([['create', 'editor@audit.test', '203.0.113.11']])
    expect(created[0].actor).toBe(users.editor.id)
    expect(created[0].summary).toContain('审计测试讲座')
    expect(new Date(created[0].at).getTime()).toBeGreaterThan(Date.now() - 60_000)

    const updated = await step('events', () => id, async () => {
      const response = await rest('PATCH', `/events/${id}?draft=true`, { token: tokens.editor, body: { summary: '新的摘要。' }, headers: ip(12) })
      expect(response.status).toBe(200)
    })
    expect(updated.map((e) => [e.action, e.actorEmail, e.ip])).toEqual([['update', 'editor@audit.test', '203.0.113.12']])
    expect(updated[0].summary).toContain('保存草稿')
    expect(updated[0].summary).toContain('summary')
    expect(updated[0].summary).not.toContain('title')

    const submitted = await step('events', () => id, async () => {
      const response = await rest('POST', `/events/${id}/actions/submit`, { token: tokens.editor, body: {}, headers: ip(13) })
      expect(response.status, JSON.stringify(response.json)).toBe(200)
    })
    expect(submitted.map((e) => e.action).sort()).toEqual(['publishing.submit', 'update'])
    // The desk's step is recorded beside the save it makes.
    const published = await step('events', () => id, async () => {
      const response = await rest('POST', `/events/${id}/actions/publish`, { token: tokens.reviewer, body: {}, headers: ip(13) })
      expect(response.status, JSON.stringify(response.json)).toBe(200)
    })
    expect(published.map((e) => [e.action, e.actorEmail, e.ip]).sort()).toEqual([
      ['publish', 'reviewer@audit.test', '203.0.113.13'],
      ['publishing.publish', 'reviewer@audit.test', '203.0.113.13'],
    ])

    const draftOverPublished = await step('events', () => id, async () => {
      const response = await rest('PATCH', `/events/${id}?draft=true`, { token: tokens.editor, body: { place: '街道会议室' }, headers: ip(14) })
      expect(response.status).toBe(200)
    })
    expect(draftOverPublished.map((e) => e.action)).toEqual(['update'])

    const unpublished = await step('events', () => id, async () => {
      const response = await rest('POST', `/events/${id}/actions/unpublish`, { token: tokens.reviewer, body: { reason: '讲座取消。' }, headers: ip(15) })
      expect(response.status, JSON.stringify(response.json)).toBe(200)
    })
    // Unpublishing acts on the public text and keeps the editor's newer draft (a second, draft save).
    expect(unpublished.map((e) => [e.action, e.actorEmail, e.ip]).sort()).toEqual([
      ['publishing.unpublish', 'reviewer@audit.test', '203.0.113.15'],
      ['unpublish', 'reviewer@audit.test', '203.0.113.15'],
      ['update', 'reviewer@audit.test', '203.0.113.15'],
    ])

    const deleted = await step('events', () => id, async () => {
      const response = await rest('DELETE', `/events/${id}`, { token: tokens.admin, headers: ip(16) })
      expect(response.status, JSON.stringify(response.json)).toBe(200)
    })
    expect(deleted.map((e) => [e.action, e.actorEmail, e.ip])).toEqual([['delete', 'admin@audit.test', '203.0.113.16']])
    expect(deleted[0].summary).toContain('审计测试讲座')
  })

  it('records autosaves at most once per document and person in ten minutes', async () => {
    let id: string | number = ''
    const added = await step('events', () => id, async () => {
      const response = await rest('POST', '/events?draft=true', {
        token: tokens.editor,
        body: { title: '自动保存讲座', startsAt: new Date(Date.now() + 86_400_000).toISOString(), place: '活动室', summary: '摘要。', _status: 'draft' },
      })
      id = response.json.doc.id
      for (const summary of ['一', '一二', '一二三']) {
        const saved = await rest('PATCH', `/events/${id}?draft=true&autosave=true`, { token: tokens.editor, body: { summary } })
        expect(saved.status).toBe(200)
      }
      const manual = await rest('PATCH', `/events/${id}?draft=true`, { token: tokens.editor, body: { summary: '手动保存。' } })
      expect(manual.status).toBe(200)
    })
    expect(added.map((e) => e.action)).toEqual(['create', 'autosave', 'update'])
  })

  it('records a change made without a logged-in user (a job, the system) as such', async () => {
    const department = await payload.create({ collection: 'departments', data: { name: '宣传科', email: 'xuanchuan@audit.test' }, overrideAccess: true })
    const [entry] = await entriesFor('departments', department.id)
    expect(entry.action).toBe('create')
    expect(entry.actorEmail).toBe(ANONYMOUS_ACTOR)
    expect(entry.actor ?? null).toBeNull()
  })
})

describe('logins', () => {
  it('records a successful login with the account and IP', async () => {
    const response = await login('handler@audit.test', password, ip(21))
    expect(response.status).toBe(200)
    const [entry] = (await entries({ action: { equals: 'login' }, ip: { equals: '203.0.113.21' } }))
    expect(entry.actorEmail).toBe('handler@audit.test')
    expect(entry.actor).toBe(users.handler.id)
  })

  it('records failed logins with the e-mail tried and IP, over REST and GraphQL', async () => {
    expect((await login('handler@audit.test', 'wrong-password', ip(22))).status).toBe(401)
    expect((await login('nobody@audit.test', 'whatever', ip(23))).status).toBe(401)
    const viaGraphql = await graphql(`mutation { loginUser(email: "nobody2@audit.test", password: "x") { token } }`, undefined, ip(24))
    expect(viaGraphql.json.errors?.length).toBeGreaterThan(0)

    const failures = await entries({ action: { equals: 'login-failure' } })
    const byIp = Object.fromEntries(failures.map((e) => [e.ip, e]))
    expect(byIp['203.0.113.22'].actorEmail).toBe('handler@audit.test')
    expect(byIp['203.0.113.22'].summary).toContain('密码错误')
    expect(byIp['203.0.113.23'].actorEmail).toBe('nobody@audit.test')
    expect(byIp['203.0.113.24'].actorEmail).toBe('nobody2@audit.test')
    expect(failures.every((e) => !e.actor)).toBe(true)
  })

  it('records the delay after repeated failures (throttled, not locked)', async () => {
    await payload.create({ collection: 'users', data: { email: 'locked@audit.test', password, name: 'locked', roles: ['editor'] } })
    for (let i = 0; i < 3; i++) await login('locked@audit.test', 'wrong-password', ip(25))
    const throttled = await login('locked@audit.test', password, ip(25))
    expect(throttled.status).toBe(429)
    const attempts = await entries({ and: [{ actorEmail: { equals: 'locked@audit.test' } }, { ip: { equals: '203.0.113.25' } }] })
    expect(attempts.map((e) => e.action)).toEqual([...Array(3).fill('login-failure'), 'login-throttled'])
  })
})

describe('role changes', () => {
  it('records roles before and after, and who changed them', async () => {
    const response = await rest('PATCH', `/users/${users.editor.id}`, { token: tokens.admin, body: { roles: ['editor', 'reviewer'] }, headers: ip(31) })
    expect(response.status).toBe(200)
    const [entry] = await entries({ and: [{ action: { equals: 'role-change' } }, { ip: { equals: '203.0.113.31' } }] })
    expect(entry.summary).toBe('editor@audit.test 的角色：编辑 → 编辑、审核员')
    expect(entry.actorEmail).toBe('admin@audit.test')
    expect(entry.targetId).toBe(String(users.editor.id))
  })

  it('records that a password was set, without anything of it', async () => {
    const [account] = (await payload.find({ collection: 'users', where: { email: { equals: 'locked@audit.test' } }, overrideAccess: true })).docs
    const added = await step('users', () => account.id, async () => {
      const response = await rest('PATCH', `/users/${account.id}`, { token: tokens.admin, body: { password: 'Another-Horse-43', currentPassword: password }, headers: ip(32) })
      expect(response.status).toBe(200)
    })
    expect(added.map((e) => [e.action, e.actorEmail, e.summary])).toEqual([['update', 'admin@audit.test', '修改《locked@audit.test》（字段：password）']])
  })

  it('does not let a non-admin change roles, and records nothing then', async () => {
    const before = (await entries({ action: { equals: 'role-change' } })).length
    await rest('PATCH', `/users/${users.handler.id}`, { token: tokens.handler, body: { roles: ['admin'] } })
    const handler = await payload.findByID({ collection: 'users', id: users.handler.id, overrideAccess: true })
    expect(handler.roles).toEqual(['handler'])
    expect((await entries({ action: { equals: 'role-change' } })).length).toBe(before)
  })
})

describe('the log is append-only', () => {
  it('refuses admins over REST, GraphQL and the local API even with overrideAccess', async () => {
    const [entry] = await entries({ action: { equals: 'login' } })
    expect((await rest('PATCH', `/audit-log/${entry.id}`, { token: tokens.admin, body: { summary: '改过' } })).status).toBe(403)
    expect((await rest('DELETE', `/audit-log/${entry.id}`, { token: tokens.admin })).status).toBe(403)
    expect((await rest('DELETE', `/audit-log?where[id][equals]=${entry.id}`, { token: tokens.admin })).status).toBe(403)
    expect((await rest('POST', '/audit-log', { token: tokens.admin, body: { at: new Date().toISOString(), action: 'login', summary: '伪造' } })).status).toBe(403)

    const update = await graphql(`mutation { updateAuditLog(id: ${entry.id}, data: { summary: "改过" }) { id } }`, tokens.admin)
    const remove = await graphql(`mutation { deleteAuditLog(id: ${entry.id}) { id } }`, tokens.admin)
    for (const result of [update, remove]) {
      expect(result.json.errors?.[0]?.message).toBeTruthy()
      expect(result.json.errors[0].message).not.toMatch(/Cannot query field|Unknown argument/)
    }

    await expect(payload.update({ collection: 'audit-log', id: entry.id, data: { summary: '改过' }, overrideAccess: true })).rejects.toThrow('审计记录不能修改或删除')
    await expect(payload.update({ collection: 'audit-log', where: { id: { equals: entry.id } }, data: { summary: '改过' }, overrideAccess: true })).rejects.toThrow('审计记录不能修改或删除')
    await expect(payload.delete({ collection: 'audit-log', id: entry.id, overrideAccess: true })).rejects.toThrow('审计记录不能修改或删除')
    await expect(payload.delete({ collection: 'audit-log', where: { id: { exists: true } }, overrideAccess: true })).rejects.toThrow('审计记录不能修改或删除')

    const after = await payload.findByID({ collection: 'audit-log', id: entry.id, overrideAccess: true })
    expect(after.summary).toBe(entry.summary)
  })

  it('keeps the name of an actor whose account was deactivated (an account that acted cannot be deleted)', async () => {
    const temp = (await payload.create({ collection: 'users', data: { email: 'temp@audit.test', password, name: '临时编辑', roles: ['editor'] } })) as User
    const token = (await login('temp@audit.test', password)).json.token
    const created = await rest('POST', '/events?draft=true', {
      token,
      body: { title: '临时账户的草稿', startsAt: new Date(Date.now() + 86_400_000).toISOString(), place: '活动室', summary: '摘要。', _status: 'draft' },
    })
    expect(created.status).toBe(201)
    expect((await rest('DELETE', `/users/${temp.id}`, { token: tokens.admin })).status).toBe(400)
    expect((await rest('PATCH', `/users/${temp.id}`, { token: tokens.admin, body: { deactivated: true } })).status).toBe(200)
    const [entry] = await entriesFor('events', created.json.doc.id)
    expect(entry.actorEmail).toBe('temp@audit.test')
    expect(entry.actor).toBe(temp.id)
    const [named] = (await payload.find({ collection: 'audit-log', where: { id: { equals: entry.id } }, depth: 1, overrideAccess: true })).docs as AuditLog[]
    expect((named.actor as User).name).toBe('临时编辑')
    const [deactivation] = await entries({ and: [{ action: { equals: 'account-deactivate' } }, { targetId: { equals: String(temp.id) } }] })
    expect(deactivation.actorEmail).toBe('admin@audit.test')
  })
})

describe('CSV export', () => {
  it('gives administrators the filtered entries as CSV with BOM, formulas neutralised', async () => {
    await login('=HYPERLINK("http://evil.example")', 'x', ip(41))
    const failures = await entries({ action: { equals: 'login-failure' } })
    const response = await rest('GET', '/audit-log/export.csv?where[action][equals]=login-failure&sort=at', { token: tokens.admin })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.text.startsWith(UTF8_BOM)).toBe(true)
    const lines = response.text.slice(1).split('\r\n')
    expect(lines[0]).toBe(AUDIT_CSV_HEADER.join(','))
    expect(lines.at(-1)).toBe('')
    const rows = lines.slice(1, -1)
    expect(rows).toHaveLength(failures.length)
    expect(rows.every((row) => row.split(',')[1] === 'login-failure')).toBe(true)
    expect(rows.at(-1)).toContain(`"'=hyperlink(""http://evil.example"")"`)
    expect(rows.at(-1)).toContain('203.0.113.41')

    const exported = await entries({ action: { equals: 'export' } })
    expect(exported.at(-1)?.actorEmail).toBe('admin@audit.test')
  })

  it('honours the list search box and a date range', async () => {
    const search = await rest('GET', '/audit-log/export.csv?search=203.0.113.2', { token: tokens.admin })
    const rows = search.text.slice(1).split('\r\n').slice(1, -1)
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every((row) => row.includes('203.0.113.2'))).toBe(true)

    const future = encodeURIComponent(new Date(Date.now() + 86_400_000).toISOString())
    const none = await rest('GET', `/audit-log/export.csv?where[at][greater_than]=${future}`, { token: tokens.admin })
    expect(none.text).toBe(`${UTF8_BOM}${AUDIT_CSV_HEADER.join(',')}\r\n`)
  })

  it('refuses editors and visitors', async () => {
    const asEditor = await rest('GET', '/audit-log/export.csv', { token: tokens.reviewer })
    expect(asEditor.status).toBe(403)
    expect(asEditor.json.errors[0].message).toBe('只有管理员可以导出审计日志。')
    expect((await rest('GET', '/audit-log/export.csv', { token: tokens.handler })).status).toBe(403)
    expect((await rest('GET', '/audit-log/export.csv')).status).toBe(403)
    expect((await rest('GET', '/audit-log', { token: tokens.handler })).status).toBe(403)
  })
})

describe("residents' personal data", () => {
  it('never reaches the log: a submission and its handling name fields, not values', async () => {
    const fields = {
      ...RESIDENT_COMPLAINT,
      subject: '王小明反映服务站不开门',
      message: '我叫王小明，电话 13987654321，服务站周末不开门。',
      phone: '13987654321',
      email: 'wangxm@example.test',
      publishConsent: 'no',
    }
    const result = await submitFeedback(payload, residentMessage(fields))
    expect(result.ok, JSON.stringify(result)).toBe(true)
    const [message] = (await payload.find({ collection: 'feedback', where: { trackingCode: { equals: (result as { trackingCode: string }).trackingCode } }, overrideAccess: true })).docs
    const handled = await rest('PATCH', `/feedback/${message.id}`, { token: tokens.handler, body: { status: 'accepted' } })
    expect(handled.status, JSON.stringify(handled.json)).toBe(200)

    const logged = await entriesFor('feedback', message.id)
    const byAction = Object.fromEntries(logged.map((e) => [e.action, e]))
    expect(Object.keys(byAction).sort()).toEqual(['create', 'feedback.create', 'feedback.status', 'update'])
    expect(logged).toHaveLength(4)
    expect(byAction.create.actorEmail).toBe(ANONYMOUS_ACTOR)
    expect(byAction.update.actorEmail).toBe('handler@audit.test')
    expect(byAction.update.summary).toContain('status')
    const text = JSON.stringify(await entries({}))
    for (const secret of ['王小明', '13987654321', 'wangxm@example.test', '服务站周末不开门']) expect(text).not.toContain(secret)
  })
})
