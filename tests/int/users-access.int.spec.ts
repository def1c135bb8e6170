import { PEER_ADDRESS_HEADER } from '@/platform/security/client-ip'
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { User } from '@/payload-types'
import { graphql, rest } from './helpers/api-client'

let payload: Payload
let admin: User
let editor: User

const password = 'Correct-Horse-42'

beforeAll(async () => {
  payload = await getPayload({ config })
})

describe('staff accounts and roles', () => {
  it('makes the very first account an administrator, whatever roles were asked for', async () => {
    admin = (await payload.create({
      collection: 'users',
      data: { email: 'first@example.test', password, name: '首位用户', roles: ['editor'] },
    })) as User
    expect(admin.roles).toEqual(['admin'])
  })

  it('gives later accounts the roles an administrator chooses', async () => {
    editor = (await payload.create({
      collection: 'users',
      data: { email: 'editor@example.test', password, name: '编辑', roles: ['editor'] },
      user: admin,
      overrideAccess: false,
    })) as User
    expect(editor.roles).toEqual(['editor'])
  })

  it('does not let an editor make themselves admin', async () => {
    const updated = await payload.update({
      collection: 'users',
      id: editor.id,
      data: { roles: ['admin'], name: '编辑（改名）' },
      user: editor,
      overrideAccess: false,
    })
    expect(updated.name).toBe('编辑（改名）')
    const fresh = await payload.findByID({ collection: 'users', id: editor.id })
    expect(fresh.roles).toEqual(['editor'])
  })

  it('lets an administrator change roles', async () => {
    const updated = await payload.update({
      collection: 'users',
      id: editor.id,
      data: { roles: ['editor', 'reviewer'] },
      user: admin,
      overrideAccess: false,
    })
    expect(updated.roles).toEqual(['editor', 'reviewer'])
  })

  it('shows staff their colleagues by name and role but only their own e-mail, and forbids creating accounts', async () => {
    const seen = await payload.find({ collection: 'users', user: editor, overrideAccess: false, sort: 'id' })
    expect(seen.docs.length).toBe(2)
    const self = seen.docs.find((doc) => doc.id === editor.id)!
    const colleague = seen.docs.find((doc) => doc.id !== editor.id)!
    expect(self.email).toBe('editor@example.test')
    expect(colleague.name).toBeTruthy()
    expect(colleague.roles.length).toBeGreaterThan(0)
    expect(colleague.email).toBeUndefined()
    const direct = await payload.findByID({ collection: 'users', id: colleague.id, user: editor, overrideAccess: false })
    expect(direct.email).toBeUndefined()
    await expect(
      payload.update({ collection: 'users', id: colleague.id, data: { name: '改名' }, user: editor, overrideAccess: false }),
    ).rejects.toThrow()
    await expect(
      payload.create({
        collection: 'users',
        data: { email: 'x@example.test', password, name: '不应创建', roles: ['admin'] },
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    const count = await payload.count({ collection: 'users' })
    expect(count.totalDocs).toBe(2)
  })

  it('refuses to list users to anonymous REST and GraphQL callers', async () => {
    const restList = await rest('GET', '/users')
    expect(restList.status).toBe(403)
    expect(JSON.stringify(restList.json)).not.toContain('editor@example.test')

    const gql = await graphql('{ Users { docs { email } } }')
    expect(JSON.stringify(gql.json)).not.toContain('editor@example.test')
    expect(gql.json.errors?.[0]?.message).toBeTruthy()
  })

  it('refuses an editor raising their role over REST', async () => {
    const login = await rest('POST', '/users/login', { body: { email: 'editor@example.test', password } })
    expect(login.status).toBe(200)
    const token = login.json.token as string
    const patch = await rest('PATCH', `/users/${editor.id}`, { token, body: { roles: ['admin'] } })
    expect(patch.status).toBe(200)
    const fresh = await payload.findByID({ collection: 'users', id: editor.id })
    expect(fresh.roles).toEqual(['editor', 'reviewer'])
  })

  it('slows down an address after wrong passwords, even for the right one, but never locks the account', async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const wrong = await rest('POST', '/users/login', { body: { email: 'editor@example.test', password: 'wrong' } })
      expect(wrong.status).toBeGreaterThanOrEqual(400)
    }
    const right = await rest('POST', '/users/login', { body: { email: 'editor@example.test', password } })
    expect(right.status).toBe(429)
    expect(JSON.stringify(right.json)).toMatch(/请 \d+ (秒|分钟)后再试/)
    const elsewhere = await rest('POST', '/users/login', { body: { email: 'editor@example.test', password }, headers: { [PEER_ADDRESS_HEADER]: '127.0.0.1', 'X-Forwarded-For': '203.0.113.9' } })
    expect(elsewhere.status).toBe(200)
  })
})

describe('password resets', () => {
  it('answer three requests for an account, then refuse with 429 in Chinese instead of failing', async () => {
    const statuses: number[] = []
    let last: unknown
    for (let attempt = 0; attempt < 4; attempt++) {
      const response = await rest('POST', '/users/forgot-password', { body: { email: 'Reset.Me@example.test' } })
      statuses.push(response.status)
      last = response.json
    }
    expect(statuses).toEqual([200, 200, 200, 429])
    expect(JSON.stringify(last)).toContain('重置密码的请求过于频繁')
  })
})

describe('site settings', () => {
  it('are public to read but only an administrator may change them', async () => {
    const anonymous = await rest('GET', '/globals/site-settings')
    expect(anonymous.status).toBe(200)
    expect(anonymous.json.siteName).toBeTruthy()

    await expect(
      payload.updateGlobal({ slug: 'site-settings', data: { siteName: '被篡改' }, user: editor, overrideAccess: false }),
    ).rejects.toThrow()
    const updated = await payload.updateGlobal({
      slug: 'site-settings',
      data: { siteName: '测试网站' },
      user: admin,
      overrideAccess: false,
      context: { disableRevalidate: true },
    })
    expect(updated.siteName).toBe('测试网站')
  })
})
