import type { CollectionBeforeOperationHook } from 'payload'
import { throttledMessage } from '@/features/accounts/rules/login-throttle'
import { loginWait } from '@/features/accounts/server/login-throttle-store'
import { noteLoginCode, noteLoginRefusal } from '@/features/accounts/server/login-context'
import { spendPasswordCheckTime } from '@/features/accounts/server/password-hash'
import { refusal } from '@/platform/errors/refusal'
import { clientIpOf } from '@/platform/security/client-ip'

/**
 * Before Payload checks a password: a throttled account-and-address or address waits (429, the
 * same answer whether the account exists or not), and an unknown e-mail spends the time of one
 * password check, so that neither the answer nor its time tells which e-mails have accounts.
 */
export const throttleLogins: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { email?: unknown; password?: unknown; totp?: unknown } }).data ?? {}
  // Payload's REST login passes on only e-mail and password; the code is read from the body itself.
  noteLoginCode(req, data.totp ?? (req.data as { totp?: unknown } | undefined)?.totp)
  const email = typeof data.email === 'string' ? data.email.trim().toLowerCase() : ''
  if (!email || typeof data.password !== 'string' || !data.password) return args
  const address = req.headers ? clientIpOf(req.headers) : 'local'
  const wait = await loginWait(req, email, address)
  if (wait > 0) {
    noteLoginRefusal(req, 'throttled')
    throw refusal(throttledMessage(wait), 429)
  }
  const account = await req.payload.db.findOne({ collection: 'users', where: { email: { equals: email } }, req })
  if (!account) await spendPasswordCheckTime(data.password)
  return args
}
