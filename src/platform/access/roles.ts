export const STAFF_ROLES = ['admin', 'editor', 'reviewer', 'handler'] as const
export type StaffRole = (typeof STAFF_ROLES)[number]

type MaybeStaff = { collection?: string; roles?: unknown } | null | undefined

/** True when the user is a staff account holding at least one of the roles. */
export function hasRole(user: MaybeStaff, ...roles: StaffRole[]): boolean {
  if (!user || user.collection !== 'users' || !Array.isArray(user.roles)) return false
  return roles.some((role) => (user.roles as unknown[]).includes(role))
}
