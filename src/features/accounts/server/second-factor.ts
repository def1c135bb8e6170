import type { PayloadRequest } from 'payload'
import { generate } from 'lean-qr'
import { toSvgSource } from 'lean-qr/extras/svg'
import { hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCodes } from '@/features/accounts/rules/recovery-codes'
import { secondFactorAtLogin } from '@/features/accounts/rules/second-factor-policy'
import { writeAudit } from '@/platform/audit/writeAudit'
import { refusal } from '@/platform/errors/refusal'
import { formatDayTime } from '@/platform/site-shell/format-date'
import { noteLoginRefusal } from './login-context'
import { openSecret, sealSecret } from './secret-box'
import { newTotpSecret, totpStep, totpUri } from './totp'

// The factor's own fields are hidden (never in API answers) and written straight to the database,
// acting as the system, so that no save hook or audit diff ever sees a secret.
export type StoredFactor = {
  id: number | string
  email: string
  name?: string | null
  roles?: string[] | null
  createdAt?: string | null
  totpSecret?: string | null
  totpPendingSecret?: string | null
  totpLastStep?: number | null
  recoveryCodeHashes?: string[] | null
  totpEnabledAt?: string | null
  secondFactorGraceFrom?: string | null
}

/** `REQUIRE_STAFF_MFA=0` turns the second factor off, for the demo only. */
export const secondFactorEnforced = () => process.env.REQUIRE_STAFF_MFA !== '0'

const stored = (req: PayloadRequest, id: number | string) =>
  req.payload.db.findOne<StoredFactor>({ collection: 'users', where: { id: { equals: id } }, req })

const save = (req: PayloadRequest, id: number | string, data: Partial<StoredFactor>) =>
  req.payload.db.updateOne({ collection: 'users', id, data, req, returning: false })

export async function secondFactorGraceDays(req: PayloadRequest): Promise<number> {
  const settings = (await req.payload.findGlobal({ slug: 'account-settings', depth: 0, overrideAccess: true, req })) as { secondFactorGraceDays?: number | null }
  return typeof settings.secondFactorGraceDays === 'number' ? settings.secondFactorGraceDays : 14
}

/** Refuses a login whose password was right but whose second factor is missing, wrong or overdue. */
export async function checkSecondFactorAtLogin(req: PayloadRequest, userId: number | string, code: string) {
  const account = await stored(req, userId)
  if (!account) return
  const now = new Date()
  const decision = secondFactorAtLogin(account, now, await secondFactorGraceDays(req), secondFactorEnforced())
  if (decision.need === 'none' || decision.need === 'grace') return
  if (decision.need === 'setup-overdue') {
    noteLoginRefusal(req, 'mfa-setup-required')
    throw refusal('您的角色须设置动态验证码（两步验证），设置的宽限期已过，因此暂时不能登录。请联系网站管理员重置动态验证码，重新开始宽限期后登录并立即设置。', 403)
  }
  if (!code.trim()) {
    noteLoginRefusal(req, 'code-missing')
    throw refusal('此账户已启用动态验证码：请在登录页选择“使用动态验证码登录”，填写验证器应用中的 6 位数字（手机不在身边时可填一个恢复码）。', 401)
  }
  if (await consumeSecondFactorCode(req, account, code)) return
  noteLoginRefusal(req, 'code-wrong')
  throw refusal('动态验证码或恢复码不正确（或已用过）。请核对验证器应用中的最新 6 位数字后再试。', 401)
}

/** Uses up a TOTP code (never the same step twice) or a recovery code of the account; false when it is neither. */
async function consumeSecondFactorCode(req: PayloadRequest, account: StoredFactor, code: string): Promise<boolean> {
  if (looksLikeRecoveryCode(code)) {
    const hash = hashRecoveryCode(code)
    const left = (account.recoveryCodeHashes ?? []).filter((known) => known !== hash)
    if (left.length === (account.recoveryCodeHashes ?? []).length) return false
    await save(req, account.id, { recoveryCodeHashes: left })
    await writeAudit(req, { action: 'mfa-recovery-code', targetCollection: 'users', targetId: account.id, summary: `用恢复码确认身份，还剩 ${left.length} 个`, actor: { id: account.id, email: account.email } })
    return true
  }
  const secret = openSecret(account.totpSecret)
  const step = secret ? totpStep(secret, code, account.totpLastStep) : null
  if (step === null) return false
  await save(req, account.id, { totpLastStep: step })
  return true
}

/**
 * A change of password or e-mail by a signed-in staff member who has a second factor set up needs
 * a current code too (with the current password): a stolen session or password alone cannot take
 * the account over. System work is not asked.
 */
export async function assertSecondFactorForChange(req: PayloadRequest, code: unknown) {
  const user = req.user
  if (!user || user.collection !== 'users' || !secondFactorEnforced()) return
  const account = await stored(req, user.id)
  if (!account?.totpSecret) return
  if (typeof code !== 'string' || !code.trim()) {
    throw refusal('您的账户已启用动态验证码：修改密码或电子邮箱时，请同时在“动态验证码”一栏填写验证器应用中的 6 位数字（或一个恢复码）。', 400)
  }
  if (!(await consumeSecondFactorCode(req, account, code.trim()))) {
    throw refusal('“动态验证码”不正确或已用过，没有保存任何修改。请填写验证器应用中的最新 6 位数字。', 400)
  }
}

export type SetupStart = { secret: string; uri: string; qrSvg: string }

/** Step 1 of the set-up: a new secret waits (encrypted) until a code from it is confirmed. */
export async function startSecondFactorSetup(req: PayloadRequest): Promise<SetupStart> {
  const user = req.user
  if (!user || user.collection !== 'users') throw refusal('请先登录。', 401)
  const secret = newTotpSecret()
  await save(req, user.id, { totpPendingSecret: sealSecret(secret) })
  const settings = (await req.payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true, req })) as { siteName?: string }
  const uri = totpUri(secret, String(user.email), settings.siteName || '管理后台')
  const qrSvg = toSvgSource(generate(uri), { on: 'black', off: 'white', padX: 4, padY: 4, width: 240, height: 240 })
  return { secret, uri, qrSvg }
}

/** Step 2: a code from the app proves it works; the factor is on and ten recovery codes are shown once. */
export async function confirmSecondFactorSetup(req: PayloadRequest, code: unknown): Promise<{ recoveryCodes: string[] }> {
  const user = req.user
  if (!user || user.collection !== 'users') throw refusal('请先登录。', 401)
  const account = await stored(req, user.id)
  const secret = openSecret(account?.totpPendingSecret)
  if (!account || !secret) throw refusal('请先点击“开始设置”，用验证器应用扫描二维码。', 400)
  const step = typeof code === 'string' ? totpStep(secret, code, null) : null
  if (step === null) throw refusal('验证码不正确。请确认手机时间准确，并填写验证器应用中当前显示的 6 位数字。', 400)
  const recoveryCodes = newRecoveryCodes()
  const now = new Date().toISOString()
  await save(req, account.id, {
    totpSecret: sealSecret(secret),
    totpPendingSecret: null,
    totpLastStep: step,
    totpEnabledAt: now,
    recoveryCodeHashes: recoveryCodes.map(hashRecoveryCode),
  })
  await writeAudit(req, { action: 'mfa-enable', targetCollection: 'users', targetId: account.id, summary: `设置了动态验证码（${formatDayTime(now)}），生成 10 个恢复码` })
  return { recoveryCodes }
}

/** An administrator's reset of a colleague's factor (lost phone): off, and a new grace period. */
export async function resetSecondFactor(req: PayloadRequest, id: number | string) {
  const user = req.user
  if (!user || user.collection !== 'users' || !(user.roles as string[] | undefined)?.includes('admin')) throw refusal('只有管理员可以重置动态验证码。', 403)
  if (String(user.id) === String(id)) throw refusal('不能重置自己的动态验证码，请由另一位管理员操作。', 400)
  const account = await stored(req, id)
  if (!account) throw refusal('没有这个账户。', 404)
  await clearSecondFactor(req, account)
  await writeAudit(req, { action: 'mfa-reset', targetCollection: 'users', targetId: account.id, summary: `重置了 ${account.name ?? ''}（${account.email}）的动态验证码，其登录会话已全部结束` })
}

/**
 * The operator's reset from the server's command line (`npm run accounts:reset-factor`), for the
 * case no administrator can sign in to do it (the only administrator lost the phone, or let the
 * grace period pass). Whoever can run commands on the server holds the database anyway; the
 * reset is still audited, in the operator's name.
 */
export async function resetSecondFactorFromConsole(req: PayloadRequest, email: string, operator: string) {
  const found = await req.payload.db.findOne<StoredFactor>({ collection: 'users', where: { email: { equals: email.trim().toLowerCase() } }, req })
  if (!found) throw refusal(`没有电子邮箱为 ${email} 的账户。`, 404)
  await clearSecondFactor(req, found)
  await writeAudit(req, {
    action: 'mfa-reset',
    targetCollection: 'users',
    targetId: found.id,
    summary: `服务器命令行（操作系统用户 ${operator}）重置了 ${found.name ?? ''}（${found.email}）的动态验证码，其登录会话已全部结束`,
    actor: { email: `命令行:${operator}` },
  })
}

async function clearSecondFactor(req: PayloadRequest, account: StoredFactor) {
  await save(req, account.id, { totpSecret: null, totpPendingSecret: null, totpLastStep: null, totpEnabledAt: null, recoveryCodeHashes: [], secondFactorGraceFrom: new Date().toISOString() })
  // Its own write: an array field takes the adapter's upsert path, which needs every column.
  await req.payload.db.updateOne({ collection: 'users', id: account.id, data: { sessions: [] }, req, returning: false })
}

/** For the set-up view: is it on, since when, how many recovery codes are left. */
export async function secondFactorStatus(req: PayloadRequest) {
  const user = req.user
  if (!user || user.collection !== 'users') return null
  const account = await stored(req, user.id)
  if (!account) return null
  const decision = secondFactorAtLogin(account, new Date(), await secondFactorGraceDays(req), secondFactorEnforced())
  return { enabledAt: account.totpEnabledAt ?? null, recoveryCodesLeft: (account.recoveryCodeHashes ?? []).length, decision }
}
