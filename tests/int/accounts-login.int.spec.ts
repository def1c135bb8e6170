import { PEER_ADDRESS_HEADER } from '@/platform/security/client-ip'
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { AuditLog, User } from '@/payload-types'
import { rest } from './helpers/api-client'
import { STAFF_PASSWORD, createStaff, loginToken } from './helpers/staff-accounts'

let payload: Payload
let admin: User
let adminToken: string
let handler: User

const from = (address: string) => ({ [PEER_ADDRESS_HEADER]: '127.0.0.1', 'X-Forwarded-For': address })
const login = (email: string, password: string, address: string) => rest('POST', '/users/login', { body: { email, password }, headers: from(address) })
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

beforeAll(async () => {
  payload = await getPayload({ config })
  admin = await createStaff(payload, 'chief@login.test', ['admin'], '王主任')
  adminToken = await loginToken('chief@login.test')
  handler = await createStaff(payload, 'handler@login.test', ['handler'], '刘办理')
})

describe('login throttling instead of lockout', () => {
  it('answers a wrong password and an unknown account alike, in the same time (medians of 30 within 20 %)', async () => {
    const known: number[] = []
    const unknown: number[] = []
    const answers = new Set<string>()
    for (let i = 0; i < 30; i++) {
      // Every try from its own address, so the throttle never answers instead.
      for (const [email, times] of [['handler@login.test', known], [`nobody${i}@login.test`, unknown]] as const) {
        const started = performance.now()
        const response = await login(email, 'Wrong-Guess-Horse-1', `198.51.${times === known ? 100 : 101}.${i + 1}`)
        times.push(performance.now() - started)
        answers.add(`${response.status} ${JSON.stringify(response.json)}`)
      }
    }
    console.log(`login median: known account ${median(known).toFixed(0)} ms, unknown ${median(unknown).toFixed(0)} ms`)
    expect(answers.size).toBe(1)
    expect(Math.abs(median(known) - median(unknown)) / median(known)).toBeLessThan(0.2)
  }, 180_000)

  it('never locks a handler out, however many addresses fail on the account', async () => {
    for (let i = 1; i <= 12; i++) {
      for (let n = 0; n < 4; n++) await login('handler@login.test', 'Wrong-Guess-Horse-1', `192.0.2.${i}`)
    }
    // The attackers' addresses are slowed down (the last one still waits)…
    expect((await login('handler@login.test', STAFF_PASSWORD, '192.0.2.12')).status).toBe(429)
    // …but the handler, from her own address, logs in at once.
    expect((await login('handler@login.test', STAFF_PASSWORD, '203.0.113.77')).status).toBe(200)
  }, 180_000)

  it('tells the owner by e-mail after repeated failures, once', async () => {
    const jobs = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'sendEmail' } }, pagination: false, overrideAccess: true })
    const notices = jobs.docs.filter((job) => (job.input as { to?: string; kind?: string }).kind === 'failed-logins')
    expect(notices).toHaveLength(1)
    expect((notices[0].input as { to: string }).to).toBe('handler@login.test')
    expect((notices[0].input as { subject: string }).subject).toContain('多次登录失败')
  })

  it('gives the same throttled answer for an unknown account as for a known one', async () => {
    for (let n = 0; n < 3; n++) await login('ghost@login.test', 'Wrong-Guess-Horse-1', '192.0.2.200')
    const ghost = await login('ghost@login.test', 'Wrong-Guess-Horse-1', '192.0.2.200')
    for (let n = 0; n < 3; n++) await login('handler@login.test', 'Wrong-Guess-Horse-1', '192.0.2.201')
    const real = await login('handler@login.test', 'Wrong-Guess-Horse-1', '192.0.2.201')
    expect(ghost.status).toBe(429)
    expect(real.status).toBe(429)
    expect(ghost.json.errors[0].message).toMatch(/请 \d+ (秒|分钟)后再试/)
    expect(ghost.json).toEqual(real.json)
  })
})

describe('deactivate instead of delete', () => {
  it('lets an administrator deactivate an account: it cannot log in, its old token stops working, its name stays on its audit entries', async () => {
    const token = await loginToken('handler@login.test')
    const off = await rest('PATCH', `/users/${handler.id}`, { token: adminToken, body: { deactivated: true, currentPassword: STAFF_PASSWORD } })
    expect(off.status).toBe(200)
    expect((await rest('GET', '/users/me', { token })).json.user).toBeNull()
    const refused = await login('handler@login.test', STAFF_PASSWORD, '203.0.113.78')
    expect(refused.status).toBe(403)
    expect(refused.json.errors[0].message).toContain('此账户已停用')
    const entries = await payload.find({ collection: 'audit-log', where: { and: [{ actor: { equals: handler.id } }, { action: { equals: 'login' } }] }, depth: 1, overrideAccess: true })
    expect(entries.totalDocs).toBeGreaterThan(0)
    expect(((entries.docs[0] as AuditLog).actor as User).name).toBe('刘办理')
  })

  it('refuses to delete an account that acted, and deletes one that never did', async () => {
    const refused = await rest('DELETE', `/users/${handler.id}`, { token: adminToken })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.json)).toContain('请改为勾选“停用账户”')
    const unused = await createStaff(payload, 'unused@login.test', ['editor'])
    expect((await rest('DELETE', `/users/${unused.id}`, { token: adminToken })).status).toBe(200)
  })

  it('reactivates a deactivated account', async () => {
    expect((await rest('PATCH', `/users/${handler.id}`, { token: adminToken, body: { deactivated: false, currentPassword: STAFF_PASSWORD } })).status).toBe(200)
    expect((await login('handler@login.test', STAFF_PASSWORD, '203.0.113.79')).status).toBe(200)
  })

  it('lets an administrator lock an account on purpose, and not their own', async () => {
    const until = new Date(Date.now() + 3600_000).toISOString()
    expect((await rest('PATCH', `/users/${handler.id}`, { token: adminToken, body: { lockedUntil: until, currentPassword: STAFF_PASSWORD } })).status).toBe(200)
    const refused = await login('handler@login.test', STAFF_PASSWORD, '203.0.113.80')
    expect(refused.status).toBe(403)
    expect(refused.json.errors[0].message).toContain('锁定')
    const self = await rest('PATCH', `/users/${admin.id}`, { token: adminToken, body: { deactivated: true, currentPassword: STAFF_PASSWORD } })
    expect(self.status).toBe(400)
    expect(JSON.stringify(self.json)).toContain('不能停用或锁定自己的账户')
  })
})
