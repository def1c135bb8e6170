import type { CollectionBeforeOperationHook } from 'payload'
import { assertAcceptablePassword } from '@/features/accounts/server/password-policy-check'

type Args = { data?: { password?: unknown; email?: unknown; token?: unknown }; id?: string | number }

const emailOf = (value: unknown) => (typeof value === 'string' ? value : null)

/** The password policy at create, update (own change or an administrator's) and reset. */
export const enforcePasswordPolicy: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const { data, id } = args as Args
  if (!data || data.password === undefined || data.password === null || data.password === '') {
    if (operation === 'resetPassword') await assertAcceptablePassword(req, data?.password, null)
    return args
  }
  if (operation === 'create') await assertAcceptablePassword(req, data.password, emailOf(data.email))
  if (operation === 'update') {
    const current = id === undefined ? undefined : await req.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, req, disableErrors: true })
    await assertAcceptablePassword(req, data.password, emailOf(data.email) ?? current?.email)
  }
  if (operation === 'resetPassword') {
    const found = typeof data.token === 'string'
      ? (await req.payload.find({ collection: 'users', where: { resetPasswordToken: { equals: data.token } }, limit: 1, depth: 0, overrideAccess: true, showHiddenFields: true, req })).docs[0]
      : undefined
    await assertAcceptablePassword(req, data.password, found?.email)
  }
  return args
}
