'use client'
import { useAuth, useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'

/** Beside 动态验证码设置于 on a colleague's account: an administrator's reset (lost phone), audited. */
export function ResetSecondFactorButton() {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const [message, setMessage] = useState('')
  const roles = (user as unknown as { roles?: unknown } | null)?.roles
  const isAdmin = Array.isArray(roles) && roles.includes('admin')
  if (!id || !isAdmin) return null
  if (String(user?.id) === String(id)) return <p><a href="/admin/second-factor">设置或更换我的动态验证码</a></p>

  const reset = async () => {
    if (!window.confirm('确定要重置此账户的动态验证码吗？其登录会话将全部结束，本人须在宽限期内重新设置。')) return
    const response = await fetch(`/api/users/${id}/second-factor/reset`, { method: 'POST', credentials: 'include' })
    const json = (await response.json().catch(() => null)) as { message?: string; errors?: { message?: string }[] } | null
    setMessage(response.ok ? '已重置。刷新页面后可见。' : json?.errors?.[0]?.message || '重置没有成功。')
  }

  return (
    <div style={{ marginTop: '0.5rem' }}>
      <button type="button" className="btn btn--style-secondary btn--size-small" onClick={reset}>
        重置动态验证码
      </button>
      {message ? <p role="status">{message}</p> : null}
    </div>
  )
}
