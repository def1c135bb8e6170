'use client'

import { Button, useConfig } from '@payloadcms/ui'
import { useEffect, useRef, useState } from 'react'

type Props = { collection: string; id: string | number; mayDecide: boolean; mayRequestRemoval: boolean; waiting: string }

const LABELS = { approve: '审核通过，使修改生效', reject: '不采用这次修改', 'request-removal': '申请删除' } as const
type Step = keyof typeof LABELS

/** Posts one step to the record's endpoint; a refusal is shown as such, never as success. */
export function PendingChangeButtons({ collection, id, mayDecide, mayRequestRemoval, waiting }: Props) {
  const { config } = useConfig()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const messageRef = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    if (message) messageRef.current?.focus()
  }, [message])

  async function take(step: Step) {
    setBusy(true)
    try {
      const response = await fetch(`${config.routes.api}/${collection}/${id}/pending-change/${step}`, { method: 'POST', credentials: 'include' })
      const answer = await response.json().catch(() => null)
      if (!response.ok) {
        setMessage({ ok: false, text: answer?.error ?? '操作未能完成，请稍后再试。' })
        return
      }
      setMessage({ ok: true, text: `${answer?.message ?? '已完成。'}正在刷新……` })
      if (answer?.deleted) window.location.assign(`${config.routes.admin}/collections/${collection}`)
      else window.location.reload()
    } catch {
      setMessage({ ok: false, text: '网络连接失败，请稍后再试。' })
    } finally {
      setBusy(false)
    }
  }

  const steps: Step[] = [...(mayDecide ? (['approve', 'reject'] as const) : []), ...(mayRequestRemoval ? (['request-removal'] as const) : [])]
  return (
    <div>
      {waiting ? <p style={{ margin: '0.5rem 0' }}>{waiting}</p> : null}
      {steps.map((step) => (
        <div key={step} style={{ margin: '0.5rem 0' }}>
          <Button buttonStyle={step === 'approve' ? 'primary' : 'secondary'} size="small" disabled={busy} onClick={() => void take(step)} margin={false}>
            {LABELS[step]}
          </Button>
        </div>
      ))}
      {message ? (
        <p ref={messageRef} tabIndex={-1} role={message.ok ? 'status' : 'alert'} style={{ color: message.ok ? undefined : 'var(--theme-error-500)', margin: '0.5rem 0 0' }}>
          {message.text}
        </p>
      ) : null}
    </div>
  )
}
