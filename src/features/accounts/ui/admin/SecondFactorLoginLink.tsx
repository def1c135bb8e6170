/** Under the admin's login form: the way in for accounts that have a second factor set up. */
export function SecondFactorLoginLink() {
  return (
    <p style={{ marginTop: '1.5rem', textAlign: 'center' }}>
      已设置动态验证码（两步验证）的账户，请<a href="/admin/login-code">使用动态验证码登录</a>。
    </p>
  )
}
