'use client'
import { useState, type FormEvent } from 'react'

const field = { display: 'block', width: '100%', padding: '0.6rem', marginTop: '0.25rem', fontSize: '1rem' } as const

/** Posts to Payload's own login (`/api/users/login`) with the code as `totp`; the session cookie comes back. */
export function SecondFactorLoginForm() {
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setBusy(true)
    setMessage('')
    try {
      const response = await fetch('/api/users/login', {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: form.get('email'), password: form.get('password'), totp: form.get('totp') }),
      })
      if (response.ok) {
        window.location.assign('/admin')
        return
      }
      const json = (await response.json().catch(() => null)) as { errors?: { message?: string }[] } | null
      setMessage(json?.errors?.[0]?.message || '登录没有成功，请核对后再试。')
    } catch {
      setMessage('网络连接失败，请稍后再试。')
    } finally {
      setBusy(false)
    }
  }

  return (
    <form onSubmit={submit} style={{ maxWidth: '24rem' }}>
      <label style={{ display: 'block', marginBottom: '1rem' }}>
        电子邮箱
        <input name="email" type="email" autoComplete="username" required style={field} />
      </label>
      <label style={{ display: 'block', marginBottom: '1rem' }}>
        密码
        <input name="password" type="password" autoComplete="current-password" required style={field} />
      </label>
      <label style={{ display: 'block', marginBottom: '1rem' }}>
        动态验证码或恢复码
        <input name="totp" inputMode="text" autoComplete="one-time-code" required maxLength={20} style={field} />
      </label>
      {message ? (
        <p role="alert" style={{ color: '#b8141b' }}>
          {message}
        </p>
      ) : null}
      <button type="submit" className="btn btn--style-primary btn--size-large" disabled={busy}>
        {busy ? '正在登录…' : '登录'}
      </button>
    </form>
  )
}
