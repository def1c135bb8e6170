import { MinimalTemplate } from '@payloadcms/next/templates'
import { SecondFactorLoginForm } from './SecondFactorLoginForm'

/** Admin view /admin/login-code (public): e-mail, password and the second-factor code in one form. */
export function SecondFactorLoginView() {
  return (
    <MinimalTemplate>
      <h1>使用动态验证码登录</h1>
      <p>请填写电子邮箱、密码，以及验证器应用中显示的 6 位数字。手机不在身边时，可填写一个恢复码（每个只能用一次）。</p>
      <SecondFactorLoginForm />
      <p style={{ marginTop: '1.5rem' }}>
        <a href="/admin/login">返回普通登录</a>
      </p>
    </MinimalTemplate>
  )
}
