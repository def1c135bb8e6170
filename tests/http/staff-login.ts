import type { StaffRole } from '@/platform/access/roles'
import { DEMO_STAFF } from '@/seed/demo-staff'

/** The demo account of a role: the test server's database is seeded with `npm run demo`'s. */
export function demoAccount(role: StaffRole) {
  const account = DEMO_STAFF.find((staff) => staff.roles.includes(role))
  if (!account) throw new Error(`no demo account has the role ${role}`)
  return account
}

/** Logs in through the REST API, as the admin's login form does: the answer, the JWT and the session cookie. */
export async function apiLogin(baseUrl: string, email: string, password: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ email, password }),
  })
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const json: any = await response.json()
  return { status: response.status, json, token: json?.token as string, cookie: response.headers.get('set-cookie') ?? '' }
}

/** The JWT of the demo account of `role`. */
export async function demoToken(baseUrl: string, role: StaffRole, headers: Record<string, string> = {}) {
  const { email, password } = demoAccount(role)
  return (await apiLogin(baseUrl, email, password, headers)).token
}
