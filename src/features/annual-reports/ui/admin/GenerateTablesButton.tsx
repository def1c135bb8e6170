'use client'

import { Button, useConfig, useFormModified } from '@payloadcms/ui'
import { useEffect, useRef, useState } from 'react'

/** 按本年数据生成表格: posts to the report's endpoint, then reads the page again to show the new tables. */
export function GenerateTablesButton({ id, label }: { id: string | number; label: string }) {
  const modified = useFormModified()
  const { config } = useConfig()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const messageRef = useRef<HTMLParagraphElement>(null)

  useEffect(() => {
    if (message) messageRef.current?.focus()
  }, [message])

  async function generate() {
    if (modified) {
      setMessage({ ok: false, text: '有未保存的修改：请先点击“保存草稿”，保存后再生成表格。' })
      return
    }
    setBusy(true)
    try {
      const response = await fetch(`${config.routes.api}/open-government-reports/${id}/generate-tables`, { method: 'POST', credentials: 'include' })
      const answer = await response.json().catch(() => null)
      if (!response.ok) {
        setMessage({ ok: false, text: answer?.error ?? '表格未能生成，请稍后再试。' })
        return
      }
      setMessage({ ok: true, text: `${answer?.message ?? '已生成表格。'}正在刷新……` })
      window.location.reload()
    } catch {
      setMessage({ ok: false, text: '网络连接失败，请稍后再试。' })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div>
      <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void generate()} margin={false}>
        {label}
      </Button>
      {message ? (
        <p ref={messageRef} tabIndex={-1} role={message.ok ? 'status' : 'alert'} style={{ color: message.ok ? undefined : 'var(--theme-error-500)', margin: '0.5rem 0 0' }}>
          {message.text}
        </p>
      ) : null}
    </div>
  )
}
