import type { AfterErrorHook, CollectionAfterLoginHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'
import { clearAccountAddress } from '@/features/accounts/server/login-throttle-store'
import { noteFailedLogin } from '@/features/accounts/server/failed-login'
import { loginRefusalOf, type LoginRefusal } from '@/features/accounts/server/login-context'
import { writeAudit } from '@/platform/audit/writeAudit'
import { clientIpOf } from '@/platform/security/client-ip'

const ATTEMPT = 'auditLoginAttempt'

type Attempt = { email: string }

const attemptOf = (req: PayloadRequest) => (req.context as Record<string, unknown>)[ATTEMPT] as Attempt | undefined
const addressOf = (req: PayloadRequest) => (req.headers ? clientIpOf(req.headers) : 'local')

/** Remembers the e-mail a login tried, for the entry written when it fails. */
export const noteLoginAttempt: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'login') {
    const email = (args as { data?: { email?: unknown } }).data?.email
    ;(req.context as Record<string, unknown>)[ATTEMPT] = { email: typeof email === 'string' ? email.trim().toLowerCase().slice(0, 254) : '' }
  }
  return args
}

/** A successful login, inside the login's own transaction; it forgets this address's failures. */
export const auditLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  const attempt = attemptOf(req)
  delete (req.context as Record<string, unknown>)[ATTEMPT]
  if (attempt?.email) await clearAccountAddress(req, attempt.email, addressOf(req))
  await writeAudit(req, { action: 'login', targetCollection: 'users', targetId: user.id, summary: '登录成功', actor: { id: user.id, email: user.email } })
}

const REFUSALS: Record<LoginRefusal, { action: string; summary: string }> = {
  throttled: { action: 'login-throttled', summary: '登录被延缓：失败次数较多，需等待后再试' },
  deactivated: { action: 'login-deactivated', summary: '登录被拒绝：账户已停用' },
  locked: { action: 'login-locked', summary: '登录被拒绝：账户已被管理员锁定' },
  'code-missing': { action: 'login-failure', summary: '登录未完成：密码正确，但未填写动态验证码' },
  'code-wrong': { action: 'login-failure', summary: '登录失败：动态验证码或恢复码不正确' },
  'mfa-setup-required': { action: 'login-failure', summary: '登录被拒绝：宽限期已过，尚未设置动态验证码' },
}

/**
 * A failed login (wrong e-mail, password or code, a throttled try, an account switched off), from
 * REST (the admin's login form) and GraphQL alike. Registered as a config-level afterError hook:
 * Payload calls those on both paths, after the failed operation has given up its transaction, so
 * this entry and the failure count stay.
 */
export const auditLoginFailure: AfterErrorHook = async ({ error, req }) => {
  const attempt = attemptOf(req)
  if (!attempt) return
  delete (req.context as Record<string, unknown>)[ATTEMPT]
  const refused = loginRefusalOf(req)
  const wrongPassword = !refused && (error as { status?: number }).status === 401
  const account = attempt.email
    ? (await req.payload.find({ collection: 'users', where: { email: { equals: attempt.email } }, limit: 1, depth: 0, overrideAccess: true, req })).docs[0]
    : undefined
  if (attempt.email && (wrongPassword || refused === 'code-wrong')) await noteFailedLogin(req, attempt.email, addressOf(req), account)
  const { action, summary } = refused
    ? REFUSALS[refused]
    : wrongPassword
      ? { action: 'login-failure', summary: account ? '登录失败：密码错误' : '登录失败：没有这个邮箱的账户' }
      : { action: 'login-failure', summary: '登录失败：填写不完整' }
  await writeAudit(req, { action, targetCollection: 'users', targetId: account?.id, summary, actor: { email: attempt.email || '（未填写邮箱）' } })
}
