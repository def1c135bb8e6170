import type { AdminViewServerProps } from 'payload'
import { redirect } from 'next/navigation'
import { secondFactorStatus } from '@/features/accounts/server/second-factor'
import { formatDayTime } from '@/platform/site-shell/format-date'
import { AdminViewShell } from '@/platform/admin/ui/AdminViewShell'
import { SecondFactorSetup } from './SecondFactorSetup'

/** Admin view /admin/second-factor: one's own TOTP set-up, status and recovery codes left. */
export async function SecondFactorSetupView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  if (!req.user) redirect('/admin/login')
  const status = await secondFactorStatus(req)
  const decision = status?.decision
  return (
    <AdminViewShell initPageResult={initPageResult} params={params} searchParams={searchParams} nav={[{ label: '动态验证码' }]} title="动态验证码（两步验证）">
      <p>
        登录时除了密码，还需填写手机验证器应用（如“腾讯身份验证器”“Microsoft Authenticator”“Google 身份验证器”）中每 30 秒变化一次的 6 位数字。即使密码泄露，别人也无法登录您的账户。
      </p>
      {status?.enabledAt ? (
        <p>
          <strong>已设置</strong>（{formatDayTime(status.enabledAt)}），还剩 {status.recoveryCodesLeft} 个恢复码。重新设置会换用新的密钥和新的恢复码。
        </p>
      ) : decision?.need === 'grace' ? (
        <p>
          <strong>尚未设置。</strong>您的角色须设置动态验证码，请在 {formatDayTime(decision.deadline)} 之前完成，否则到期后将不能登录。
        </p>
      ) : (
        <p>
          <strong>尚未设置。</strong>
        </p>
      )}
      <SecondFactorSetup />
    </AdminViewShell>
  )
}
