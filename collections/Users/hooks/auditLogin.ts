import type { AfterErrorHook, CollectionAfterLoginHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'
import { writeAudit } from '@/platform/audit/writeAudit'

const ATTEMPT = 'auditLoginAttempt'

type Attempt = { email: string }

const attemptOf = (req: PayloadRequest) => (req.context as Record<string, unknown>)[ATTEMPT] as Attempt | undefined

/** Remembers the e-mail a login tried, for the entry written when it fails. */
export const noteLoginAttempt: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'login') {
    const email = (args as { data?: { email?: unknown } }).data?.email
    ;(req.context as Record<string, unknown>)[ATTEMPT] = { email: typeof email === 'string' ? email.trim().toLowerCase().slice(0, 254) : '' }
  }
  return args
}

/** A successful login, inside the login's own transaction. */
export const auditLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  delete (req.context as Record<string, unknown>)[ATTEMPT]
  await writeAudit(req, { action: 'login', targetCollection: 'users', targetId: user.id, summary: '登录成功', actor: { id: user.id, email: user.email } })
}

/**
 * A failed login (wrong e-mail or password, or a locked account), from REST (the admin's login
 * form) and GraphQL alike. Registered as a config-level afterError hook: Payload calls those on
 * both paths, after the failed operation has given up its transaction, so this entry stays.
 */
export const auditLoginFailure: AfterErrorHook = async ({ req }) => {
  const attempt = attemptOf(req)
  if (!attempt) return
  delete (req.context as Record<string, unknown>)[ATTEMPT]
  const account = attempt.email
    ? (await req.payload.find({ collection: 'users', where: { email: { equals: attempt.email } }, limit: 1, depth: 0, overrideAccess: true, showHiddenFields: true, req })).docs[0]
    : undefined
  const lockUntil = (account as { lockUntil?: string | null } | undefined)?.lockUntil
  const locked = Boolean(lockUntil && new Date(lockUntil).getTime() > Date.now())
  await writeAudit(req, {
    action: locked ? 'login-locked' : 'login-failure',
    targetCollection: 'users',
    targetId: account?.id,
    summary: locked ? '登录被拒绝：连续失败次数过多，账户暂时锁定' : account ? '登录失败：密码错误' : '登录失败：没有这个邮箱的账户',
    actor: { email: attempt.email || '（未填写邮箱）' },
  })
}
