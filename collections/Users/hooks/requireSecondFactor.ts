import type { CollectionBeforeLoginHook } from 'payload'
import { loginCodeOf } from '@/features/accounts/server/login-context'
import { checkSecondFactorAtLogin } from '@/features/accounts/server/second-factor'

/** After a correct password: the TOTP or recovery code sent as `totp`, where the account needs one. */
export const requireSecondFactor: CollectionBeforeLoginHook = async ({ req, user }) => {
  await checkSecondFactorAtLogin(req, user.id, loginCodeOf(req))
  return user
}
