import type { CollectionBeforeOperationHook } from 'payload'
import { clientIpOf } from '@/platform/security/client-ip'
import { consume } from '@/platform/security/rate-limits'
import { refusal } from '@/platform/errors/refusal'

/**
 * Limits password-reset requests per address and per account (shared through Redis when set).
 * Payload's own throttle (`forgotPassword.minRequestInterval`) is off: it writes outside the
 * request's transaction, which SQLite's single writer answers with a lock timeout (a 500).
 */
export const limitPasswordResets: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'forgotPassword') return args
  const email = String((args as { data?: { email?: unknown } }).data?.email ?? '').trim().toLowerCase()
  const keys = [req.headers ? `ip:${clientIpOf(req.headers)}` : null, email ? `account:${email}` : null]
  for (const key of keys) {
    if (!key) continue
    const wait = await consume('passwordReset', key)
    if (wait > 0) throw refusal(`重置密码的请求过于频繁，请 ${Math.ceil(wait / 60)} 分钟后再试。`, 429)
  }
  return args
}
