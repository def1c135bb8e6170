import type { Access } from 'payload'
import { hasRole } from '@/platform/access/roles'

/** A staff member removes their own edit locks; administrators any (a colleague who left the desk open). */
export const ownLockOrAdmin: Access = ({ req: { user } }) => {
  if (!user || user.collection !== 'users') return false
  if (hasRole(user, 'admin')) return true
  return { 'user.value': { equals: user.id } }
}
