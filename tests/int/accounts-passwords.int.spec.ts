import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { User } from '@/payload-types'
import { rest } from './helpers/api-client'
import { STAFF_PASSWORD, createStaff, loginToken } from './helpers/staff-accounts'

let payload: Payload
let admin: User
let adminToken: string

const messageOf = (json: { errors?: { message?: string; data?: { errors?: { message: string }[] } }[] }) =>
  JSON.stringify(json?.errors ?? json)

beforeAll(async () => {
  payload = await getPayload({ config })
  admin = await createStaff(payload, 'chief@pw.test', ['admin'])
  adminToken = await loginToken('chief@pw.test')
})

describe('the password policy', () => {
  it('refuses weak, breached and personal passwords when an administrator creates an account', async () => {
    for (const [password, reason] of [
      ['short', '至少需要 12 个字符'],
      ['abc', '至少需要 12 个字符'],
      ['password1234', '常见或已泄露'],
      ['liwei.handler-2026', '@ 前面的部分'],
    ]) {
      const response = await rest('POST', '/users', { token: adminToken, body: { email: 'liwei.handler@pw.test', password, name: '李伟', roles: ['handler'] } })
      expect(response.status, password).toBe(400)
      expect(messageOf(response.json), password).toContain(reason)
    }
    expect((await payload.count({ collection: 'users', where: { email: { equals: 'liwei.handler@pw.test' } } })).totalDocs).toBe(0)
    const ok = await rest('POST', '/users', { token: adminToken, body: { email: 'liwei.handler@pw.test', password: STAFF_PASSWORD, name: '李伟', roles: ['handler'] } })
    expect(ok.status).toBe(201)
  })

  it('refuses a weak password on change, over REST and the local API', async () => {
    const editor = await createStaff(payload, 'editor@pw.test', ['editor'])
    const local = await payload.update({ collection: 'users', id: editor.id, data: { password: 'qwerty123456' } }).catch((error: { data?: unknown }) => error)
    expect(JSON.stringify((local as { data?: unknown }).data)).toContain('常见或已泄露')
    const response = await rest('PATCH', `/users/${editor.id}`, { token: adminToken, body: { password: 'tooshort', currentPassword: STAFF_PASSWORD } })
    expect(response.status).toBe(400)
    expect(messageOf(response.json)).toContain('密码太短')
  })

  it('refuses a weak password on reset through the e-mailed link, and the link still works with a good one', async () => {
    await createStaff(payload, 'reset@pw.test', ['editor'])
    const token = await payload.forgotPassword({ collection: 'users', data: { email: 'reset@pw.test' }, disableEmail: true })
    const weak = await rest('POST', '/users/reset-password', { body: { token, password: '123456789012' } })
    expect(weak.status).toBe(400)
    expect(messageOf(weak.json)).toContain('常见或已泄露')
    const good = await rest('POST', '/users/reset-password', { body: { token, password: 'Tea-Garden-Moon-77' } })
    expect(good.status).toBe(200)
  })
})

describe('changing a password or e-mail', () => {
  it('asks for the current password, and refuses a wrong one without changing anything', async () => {
    const self = await createStaff(payload, 'self@pw.test', ['editor'])
    const token = await loginToken('self@pw.test')
    const missing = await rest('PATCH', `/users/${self.id}`, { token, body: { password: 'River-Stone-Lantern-9' } })
    expect(missing.status).toBe(400)
    expect(JSON.stringify(missing.json)).toContain('当前密码')
    const wrong = await rest('PATCH', `/users/${self.id}`, { token, body: { email: 'other@pw.test', currentPassword: 'Not-My-Password-1' } })
    expect(wrong.status).toBe(400)
    expect(JSON.stringify(wrong.json)).toContain('“当前密码”不正确')
    expect((await payload.findByID({ collection: 'users', id: self.id })).email).toBe('self@pw.test')
    const renamed = await rest('PATCH', `/users/${self.id}`, { token, body: { name: '改名不需要密码' } })
    expect(renamed.status).toBe(200)
  })

  it('ends every other session of the account on a password change, and keeps the one that made it', async () => {
    const self = await createStaff(payload, 'sessions@pw.test', ['handler'])
    const laptop = await loginToken('sessions@pw.test')
    const phone = await loginToken('sessions@pw.test')
    const changed = await rest('PATCH', `/users/${self.id}`, { token: laptop, body: { password: 'River-Stone-Lantern-9', currentPassword: STAFF_PASSWORD } })
    expect(changed.status).toBe(200)
    expect((await rest('GET', '/users/me', { token: phone })).json.user).toBeNull()
    expect((await rest('GET', '/users/me', { token: laptop })).json.user?.email).toBe('sessions@pw.test')
    expect((await rest('POST', '/users/login', { body: { email: 'sessions@pw.test', password: STAFF_PASSWORD } })).status).toBe(401)
    expect((await rest('POST', '/users/login', { body: { email: 'sessions@pw.test', password: 'River-Stone-Lantern-9' } })).status).toBe(200)
  })

  it('ends all sessions when an administrator sets a colleague\'s password (with the administrator\'s own password)', async () => {
    const colleague = await createStaff(payload, 'colleague@pw.test', ['reviewer'])
    const token = await loginToken('colleague@pw.test')
    const changed = await rest('PATCH', `/users/${colleague.id}`, { token: adminToken, body: { password: 'Quiet-Harbour-Bell-5', currentPassword: STAFF_PASSWORD } })
    expect(changed.status).toBe(200)
    expect((await rest('GET', '/users/me', { token })).json.user).toBeNull()
    expect(admin.id).toBeDefined()
  })

  it('ends the old sessions on a reset through the e-mailed link', async () => {
    await createStaff(payload, 'forgot@pw.test', ['editor'])
    const old = await loginToken('forgot@pw.test')
    const token = await payload.forgotPassword({ collection: 'users', data: { email: 'forgot@pw.test' }, disableEmail: true })
    expect((await rest('POST', '/users/reset-password', { body: { token, password: 'Tea-Garden-Moon-77' } })).status).toBe(200)
    expect((await rest('GET', '/users/me', { token: old })).json.user).toBeNull()
  })
})
