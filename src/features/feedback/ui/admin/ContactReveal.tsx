'use client'

import { useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'

type Contact = { name?: string; phone?: string; email?: string }

/** "显示联系方式和原文": fetches the unmasked details and message through the audited endpoint. */
export function ContactReveal() {
  const { id } = useDocumentInfo()
  const [contact, setContact] = useState<Contact | null>(null)
  const [message, setMessage] = useState('')
  const [error, setError] = useState('')
  if (!id) return null
  const reveal = async () => {
    setError('')
    const response = await fetch(`/api/feedback/${id}/reveal-contact`, { method: 'POST', credentials: 'include' })
    const body = await response.json().catch(() => ({}))
    if (!response.ok) setError(body.error ?? '无法显示联系方式。')
    else {
      setContact(body.contact)
      setMessage(body.message ?? '')
    }
  }
  return (
    <div style={{ marginBottom: '1.5rem' }}>
      {contact ? (
        <dl>
          <dt>姓名</dt>
          <dd>{contact.name || '（未填写）'}</dd>
          <dt>电话</dt>
          <dd>{contact.phone || '（未填写）'}</dd>
          <dt>邮箱</dt>
          <dd>{contact.email || '（未填写）'}</dd>
          <dt>留言原文</dt>
          <dd style={{ whiteSpace: 'pre-wrap' }}>{message}</dd>
        </dl>
      ) : (
        <button type="button" className="btn btn--style-secondary btn--size-small" onClick={reveal}>
          显示联系方式和原文（将记入审计日志）
        </button>
      )}
      <p role="status" aria-live="polite">
        {error}
      </p>
    </div>
  )
}
