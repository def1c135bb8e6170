import type { Payload } from 'payload'
import { expect } from 'vitest'
import type { StaffRole } from '@/platform/access/roles'
import type { User } from '@/payload-types'
import { rest } from './api-client'

/** The password of every staff account the integration tests create. */
export const STAFF_PASSWORD = 'Correct-Horse-42'

/** A staff account with these roles, created without access control; named after its address unless told. */
export const createStaff = (payload: Payload, email: string, roles: User['roles'], name = email) =>
  payload.create({ collection: 'users', data: { email, password: STAFF_PASSWORD, name, roles } }) as Promise<User>

/** Logs in over REST as the admin's login form does, and returns the JWT. */
export async function loginToken(email: string): Promise<string> {
  const response = await rest('POST', '/users/login', { body: { email, password: STAFF_PASSWORD } })
  expect(response.status, `login ${email}`).toBe(200)
  return response.json.token as string
}

/** One account per role, `<role>@<domain>` named after its role, each with its REST login token. */
export async function staffPerRole<R extends StaffRole>(payload: Payload, roles: readonly R[], domain = 'example.test') {
  const users = {} as Record<R, User>
  const tokens = {} as Record<R, string>
  for (const role of roles) {
    users[role] = await createStaff(payload, `${role}@${domain}`, [role], role)
    tokens[role] = await loginToken(`${role}@${domain}`)
  }
  return { users, tokens }
}

/** Options of a local API call made as `user`, with access control on. */
export const as = (user: User | null) => ({ user, overrideAccess: false }) as const

/** The people of the publishing workflow at `domain`: an administrator, an editor and two reviewers. */
export async function publishingTeam(payload: Payload, domain: string) {
  return {
    admin: await createStaff(payload, `admin@${domain}`, ['admin']),
    editor: await createStaff(payload, `editor@${domain}`, ['editor']),
    reviewerA: await createStaff(payload, `reviewer-a@${domain}`, ['reviewer']),
    reviewerB: await createStaff(payload, `reviewer-b@${domain}`, ['reviewer']),
  }
}
