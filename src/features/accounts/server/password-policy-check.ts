import { ValidationError, type PayloadRequest } from 'payload'
import { passwordProblem } from '@/features/accounts/rules/password-policy'
import { siteNamesOf } from './site-names'

/**
 * Refuses a new password that breaks the policy, before anything is hashed or saved: the same
 * check for an account created by an administrator, a password changed in the account view or
 * over the API, and a reset through the e-mailed link.
 */
export async function assertAcceptablePassword(req: PayloadRequest, password: unknown, email: string | null | undefined) {
  const problem = passwordProblem(password, { email, siteNames: await siteNamesOf(req.payload) })
  if (problem) throw new ValidationError({ collection: 'users', errors: [{ path: 'password', message: problem }] }, req.t)
}
