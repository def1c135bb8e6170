'use client'
import { useState, type FormEvent } from 'react'

type Start = { secret: string; uri: string; qrSvg: string }

async function post<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(`/api/users/second-factor/${path}`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body ?? {}),
  })
  const json = (await response.json().catch(() => null)) as (T & { errors?: { message?: string }[] }) | null
  if (!response.ok) throw new Error(json?.errors?.[0]?.message || '操作没有完成，请稍后再试。')
  return json as T
}

/** Start (QR code and secret), confirm with one code, then the ten recovery codes, shown once. */
export function SecondFactorSetup() {
  const [start, setStart] = useState<Start | null>(null)
  const [codes, setCodes] = useState<string[] | null>(null)
  const [message, setMessage] = useState('')

  const begin = async () => {
    setMessage('')
    try {
      setStart(await post<Start>('start'))
    } catch (error) {
      setMessage((error as Error).message)
    }
  }

  const confirm = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setMessage('')
    try {
      const { recoveryCodes } = await post<{ recoveryCodes: string[] }>('confirm', { code: new FormData(event.currentTarget).get('code') })
      setCodes(recoveryCodes)
      setStart(null)
    } catch (error) {
      setMessage((error as Error).message)
    }
  }

  if (codes) {
    return (
      <section>
        <h2>设置完成：请保存下面的 10 个恢复码</h2>
        <p>手机丢失或不在身边时，每个恢复码可代替动态验证码登录一次。它们只显示这一次，请抄写或打印后妥善保管，不要存放在手机里。</p>
        <ol data-testid="recovery-codes" style={{ fontFamily: 'monospace', fontSize: '1.1rem' }}>
          {codes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ol>
      </section>
    )
  }

  return (
    <section>
      {message ? (
        <p role="alert" style={{ color: '#b8141b' }}>
          {message}
        </p>
      ) : null}
      {start ? (
        <>
          <h2>第一步：用验证器应用扫描二维码</h2>
          <div role="img" aria-label="动态验证码设置二维码" style={{ width: 240, height: 240 }} dangerouslySetInnerHTML={{ __html: start.qrSvg }} />
          <p>
            无法扫描时，可在应用中手动输入密钥：<code data-testid="totp-secret">{start.secret}</code>
          </p>
          <h2>第二步：填写应用中显示的 6 位数字</h2>
          <form onSubmit={confirm}>
            <label>
              验证码
              <input name="code" inputMode="numeric" autoComplete="one-time-code" pattern="[0-9 ]{6,7}" required style={{ display: 'block', padding: '0.5rem', fontSize: '1.1rem', margin: '0.25rem 0 1rem' }} />
            </label>
            <button type="submit" className="btn btn--style-primary">
              确认并启用
            </button>
          </form>
        </>
      ) : (
        <button type="button" className="btn btn--style-primary" onClick={begin}>
          开始设置
        </button>
      )}
    </section>
  )
}
