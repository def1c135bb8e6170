import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'
import { assertCurrentPassword } from '@/features/accounts/server/current-password'
import { assertSecondFactorForChange } from '@/features/accounts/server/second-factor'

const PASSWORD_CHANGED = 'accountsPasswordChanged'

/** A new password or e-mail only with the current password (and code, where set up) of whoever makes the change. */
export const confirmCredentialChange: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const { currentPassword, currentCode, ...rest } = data as Record<string, unknown>
  if (operation !== 'update' || !originalDoc) return rest
  const newPassword = typeof rest.password === 'string' && rest.password !== ''
  const newEmail = typeof rest.email === 'string' && rest.email.trim().toLowerCase() !== String(originalDoc.email).toLowerCase()
  if (!newPassword && !newEmail) return rest
  await assertCurrentPassword(req, currentPassword)
  await assertSecondFactorForChange(req, currentCode)
  if (newPassword) (req.context as Record<string, unknown>)[PASSWORD_CHANGED] = originalDoc.id
  return rest
}

/**
 * A new password ends every other session of the account: the one making the change keeps theirs
 * when it is their own account, everyone else's tokens stop working at once. (A reset through the
 * e-mailed link already starts from no sessions in Payload 3.90.)
 */
export const endOtherSessionsOnPasswordChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  const context = req.context as Record<string, unknown>
  if (context[PASSWORD_CHANGED] !== doc.id) return doc
  delete context[PASSWORD_CHANGED]
  const own = req.user?.collection === 'users' && req.user.id === doc.id ? (req.user as { _sid?: string })._sid : undefined
  const stored = await req.payload.db.findOne<{ id: number | string; sessions?: { id: string }[] }>({ collection: 'users', where: { id: { equals: doc.id } }, req })
  const kept = (stored?.sessions ?? []).filter((session) => own && session.id === own)
  await req.payload.db.updateOne({ collection: 'users', id: doc.id, data: { sessions: kept }, req, returning: false })
  return doc
}
