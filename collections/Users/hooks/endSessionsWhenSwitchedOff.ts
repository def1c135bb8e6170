import type { CollectionBeforeChangeHook } from 'payload'
import { switchesOff } from '@/features/accounts/rules/account-state'
import { refusal } from '@/platform/errors/refusal'

/**
 * Deactivating or locking an account ends all its sessions at once (its tokens stop working), and
 * nobody can switch off their own account (the last administrator could shut everyone out).
 */
export const endSessionsWhenSwitchedOff: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc) return data
  const after = { deactivated: data.deactivated ?? originalDoc.deactivated, lockedUntil: data.lockedUntil === undefined ? originalDoc.lockedUntil : data.lockedUntil }
  if (!switchesOff(originalDoc, after, new Date())) return data
  if (req.user && req.user.collection === 'users' && req.user.id === originalDoc.id) throw refusal('不能停用或锁定自己的账户。请由另一位管理员操作。', 400)
  return { ...data, sessions: [] }
}
