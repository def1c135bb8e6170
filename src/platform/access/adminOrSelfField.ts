import type { FieldAccess } from 'payload'
import { hasRole } from './roles'

/** Field access: admins, and the account holder on their own record (e.g. a colleague's e-mail stays private). */
export const adminOrSelfField: FieldAccess = ({ req: { user }, id, doc }) => {
  if (!user || user.collection !== 'users') return false
  if (hasRole(user, 'admin')) return true
  const recordId = id ?? (doc as { id?: unknown } | undefined)?.id
  return recordId !== undefined && String(recordId) === String(user.id)
}
