import type { Access } from 'payload'
import { hasRole } from './roles'

/** Admins reach every account; other staff only their own (a query, so the database filters). */
export const adminOrSelf: Access = ({ req: { user } }) => {
  if (!user || user.collection !== 'users') return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}
