import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { rolePermissions } from '@/features/accounts/server/role-permissions'

let payload: Payload

beforeAll(async () => {
  payload = await getPayload({ config })
})

describe('the page of what each role may do', () => {
  it('is read from the access rules in force', async () => {
    const rows = await rolePermissions(payload)
    const row = (slug: string) => rows.find((r) => r.slug === slug)!
    expect(row('users').grants.admin).toEqual({ read: 'all', create: 'all', update: 'all', delete: 'all' })
    expect(row('users').grants.editor.create).toBe('none')
    expect(row('feedback').grants.editor.read).toBe('none')
    expect(row('feedback').grants.handler.read).not.toBe('none')
    expect(row('account-settings').grants.admin.update).toBe('all')
    expect(rows.find((r) => r.slug === 'login-throttles')).toBeUndefined()
  })
})
