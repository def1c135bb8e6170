import { execFileSync } from 'node:child_process'
import os from 'node:os'
import config from '@payload-config'
import { createLocalReq, getPayload, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { resetSecondFactorFromConsole } from '@/features/accounts/server/second-factor'
import { totpNow } from '@/features/accounts/server/totp'
import type { User } from '@/payload-types'
import { rest } from './helpers/api-client'
import { STAFF_PASSWORD, createStaff, loginToken } from './helpers/staff-accounts'

let payload: Payload
let handler: User
let adminToken: string
let secret: string
let recoveryCodes: string[]

const login = (email: string, totp?: string, address = '203.0.113.50') =>
  rest('POST', '/users/login', { body: { email, password: STAFF_PASSWORD, ...(totp === undefined ? {} : { totp }) }, headers: { 'X-Forwarded-For': address } })

beforeAll(async () => {
  payload = await getPayload({ config })
  await createStaff(payload, 'chief@mfa.test', ['admin'])
  adminToken = await loginToken('chief@mfa.test')
  handler = await createStaff(payload, 'handler@mfa.test', ['handler'], '刘办理')
})

describe('the TOTP second factor', () => {
  it('is set up with a code from the app and gives ten recovery codes once', async () => {
    const token = await loginToken('handler@mfa.test')
    const start = await rest('POST', '/users/second-factor/start', { token })
    expect(start.status).toBe(200)
    secret = start.json.secret
    expect(start.json.uri).toMatch(/^otpauth:\/\/totp\//)
    expect(start.json.qrSvg).toContain('<svg')
    const wrong = await rest('POST', '/users/second-factor/confirm', { token, body: { code: '000000' === totpNow(secret) ? '111111' : '000000' } })
    expect(wrong.status).toBe(400)
    const confirmed = await rest('POST', '/users/second-factor/confirm', { token, body: { code: totpNow(secret) } })
    expect(confirmed.status).toBe(200)
    recoveryCodes = confirmed.json.recoveryCodes
    expect(recoveryCodes).toHaveLength(10)
    expect(new Set(recoveryCodes).size).toBe(10)
    const me = await rest('GET', '/users/me', { token })
    expect(JSON.stringify(me.json)).not.toContain(secret)
    expect(JSON.stringify(me.json)).not.toMatch(/totpSecret|recoveryCodeHashes/)
    const stored = JSON.stringify(await payload.db.findOne({ collection: 'users', where: { id: { equals: handler.id } } }))
    expect(stored).not.toContain(secret)
    expect(stored).not.toContain(recoveryCodes[0])
  })

  it('keeps a handler with the factor set up away from messages with the password alone', async () => {
    const passwordOnly = await login('handler@mfa.test')
    expect(passwordOnly.status).toBe(401)
    expect(passwordOnly.json.token).toBeUndefined()
    expect(passwordOnly.json.errors[0].message).toContain('动态验证码')
    expect((await rest('GET', '/feedback')).status).toBe(403)
  })

  it('lets the handler in with the current code, once per code', async () => {
    await new Promise((resolve) => setTimeout(resolve, 30_000 - (Date.now() % 30_000) + 200))
    const code = totpNow(secret)
    const ok = await login('handler@mfa.test', code, '203.0.113.51')
    expect(ok.status).toBe(200)
    expect((await rest('GET', '/feedback', { token: ok.json.token })).status).toBe(200)
    const replay = await login('handler@mfa.test', code, '203.0.113.52')
    expect(replay.status).toBe(401)
  }, 45_000)

  it('accepts each recovery code once', async () => {
    const first = await login('handler@mfa.test', recoveryCodes[0].toLowerCase(), '203.0.113.53')
    expect(first.status).toBe(200)
    const again = await login('handler@mfa.test', recoveryCodes[0], '203.0.113.54')
    expect(again.status).toBe(401)
    expect((await login('handler@mfa.test', recoveryCodes[1], '203.0.113.55')).status).toBe(200)
  })

  it('asks for a current code, with the current password, to change the password', async () => {
    const token = (await login('handler@mfa.test', recoveryCodes[4], '203.0.113.61')).json.token
    const change = (body: Record<string, unknown>) => rest('PATCH', `/users/${handler.id}`, { token, body })
    const passwordOnly = await change({ password: 'Zweites-Kennwort-2026', currentPassword: STAFF_PASSWORD })
    expect(passwordOnly.status).toBe(400)
    expect(JSON.stringify(passwordOnly.json)).toContain('动态验证码')
    const wrongCode = await change({ password: 'Zweites-Kennwort-2026', currentPassword: STAFF_PASSWORD, currentCode: 'AAAA-BBBB-CCCC' })
    expect(wrongCode.status).toBe(400)
    expect((await login('handler@mfa.test', recoveryCodes[5], '203.0.113.62')).status).toBe(200)
    const withCode = await change({ password: 'Zweites-Kennwort-2026', currentPassword: STAFF_PASSWORD, currentCode: recoveryCodes[6] })
    expect(withCode.status).toBe(200)
    // And back, so the other tests keep the shared password.
    const back = await rest('PATCH', `/users/${handler.id}`, { token, body: { password: STAFF_PASSWORD, currentPassword: 'Zweites-Kennwort-2026', currentCode: recoveryCodes[7] } })
    expect(back.status).toBe(200)
  })

  it('is reset only by an administrator, audited, with a new grace period', async () => {
    const self = await rest('POST', `/users/${handler.id}/second-factor/reset`, { token: (await login('handler@mfa.test', recoveryCodes[2], '203.0.113.56')).json.token })
    expect(self.status).toBe(403)
    const reset = await rest('POST', `/users/${handler.id}/second-factor/reset`, { token: adminToken })
    expect(reset.status).toBe(200)
    const entries = await payload.find({ collection: 'audit-log', where: { and: [{ action: { equals: 'mfa-reset' } }, { targetId: { equals: String(handler.id) } }] }, overrideAccess: true })
    expect(entries.docs[0]?.actorEmail).toBe('chief@mfa.test')
    expect((await login('handler@mfa.test', undefined, '203.0.113.57')).status).toBe(200)
  })

  it('is mandatory once the grace period in the settings is over, unless REQUIRE_STAFF_MFA=0 (demo)', async () => {
    await payload.updateGlobal({ slug: 'account-settings', data: { secondFactorGraceDays: 0 } })
    const overdue = await login('handler@mfa.test', undefined, '203.0.113.58')
    expect(overdue.status).toBe(403)
    expect(overdue.json.errors[0].message).toContain('宽限期已过')
    await createStaff(payload, 'editor@mfa.test', ['editor'])
    expect((await login('editor@mfa.test', undefined, '203.0.113.59')).status).toBe(200)
    process.env.REQUIRE_STAFF_MFA = '0'
    try {
      expect((await login('handler@mfa.test', undefined, '203.0.113.60')).status).toBe(200)
    } finally {
      delete process.env.REQUIRE_STAFF_MFA
      await payload.updateGlobal({ slug: 'account-settings', data: { secondFactorGraceDays: 14 } })
    }
  })

  it('is reset by the operator on the server when no administrator can sign in (npm run accounts:reset-factor)', async () => {
    const longAgo = new Date(Date.now() - 30 * 24 * 60 * 60 * 1000).toISOString()
    await payload.db.updateOne({ collection: 'users', id: handler.id, data: { secondFactorGraceFrom: longAgo }, returning: false })
    expect((await login('handler@mfa.test', undefined, '203.0.113.61')).status).toBe(403)
    const printed = execFileSync('node', ['scripts/run-ts.mjs', 'src/cli/reset-second-factor.ts', 'handler@mfa.test'], { env: process.env, encoding: 'utf8', timeout: 120_000 })
    expect(printed).toContain('已重置 handler@mfa.test 的动态验证码')
    expect((await login('handler@mfa.test', undefined, '203.0.113.62')).status).toBe(200)
    const entries = await payload.find({ collection: 'audit-log', where: { action: { equals: 'mfa-reset' } }, sort: '-at', limit: 1, overrideAccess: true })
    expect(entries.docs[0]?.actorEmail).toBe(`命令行:${os.userInfo().username}`)
    expect(entries.docs[0]?.summary).toContain('服务器命令行')
    const req = await createLocalReq({}, payload)
    await expect(resetSecondFactorFromConsole(req, 'nobody@mfa.test', 'operator')).rejects.toThrow('没有电子邮箱为 nobody@mfa.test 的账户')
  }, 300_000)
})
