import type { PayloadRequest } from 'payload'
import { failedLoginsNotice } from '@/features/accounts/email/failedLoginsNotice'
import { queueEmail } from '@/platform/email/queue-email'
import { serverUrl } from '@/platform/site-shell/server-url'
import { markOwnerNotified, recordLoginFailure } from './login-throttle-store'

type Account = { id: number | string; email?: string | null; name?: string | null }

/**
 * Counts a failed login (a wrong password or second-factor code) and, after repeated failures,
 * queues one e-mail to the account's owner through the outbox. Unknown e-mails are counted too,
 * so they take the same path and the same time.
 */
export async function noteFailedLogin(req: PayloadRequest, email: string, address: string, account: Account | undefined) {
  const now = new Date()
  const recorded = await recordLoginFailure(req, email, address, now)
  if (!recorded.shouldNotifyOwner || !account?.email) return
  const settings = (await req.payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true, req })) as { siteName?: string }
  const message = failedLoginsNotice({
    siteName: settings.siteName ?? '网站',
    name: account.name,
    failures: recorded.accountFailures,
    lastAt: now,
    lastAddress: address,
    adminUrl: `${serverUrl()}/admin`,
  })
  await queueEmail(req, { to: account.email, ...message, kind: 'failed-logins' })
  await markOwnerNotified(req, recorded.accountRowId, now)
}
