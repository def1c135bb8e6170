'use client'
import { Button, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useState } from 'react'

/**
 * In the sidebar of a page published without review: a reviewer other than the one who published
 * it approves the page as it stands. The button publishes the current draft through the ordinary
 * API, so the reviewer rule decides (src/platform/publishing/review/hooks.ts) and its refusal is shown.
 */
export function ApproveButton() {
  const { id, collectionSlug } = useDocumentInfo()
  const awaiting = useFormFields(([fields]) => Boolean(fields.awaitingReview?.value))
  const { config } = useConfig()
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  if (!awaiting || id == null || !collectionSlug) return null

  async function approve() {
    setBusy(true)
    setMessage(null)
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/${collectionSlug}/${id}?depth=0`, {
        method: 'PATCH',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ _status: 'published' }),
      })
      if (response.ok) {
        window.location.reload()
        return
      }
      const body = await response.json().catch(() => null)
      setMessage(body?.errors?.[0]?.message ?? '审核未能完成，请稍后再试。')
    } finally {
      setBusy(false)
    }
  }

  return (
    <div style={{ marginBottom: '1.5rem' }}>
      <p style={{ margin: '0 0 0.5rem' }}>本页未经审核发布，待另一位审核员审核。</p>
      <Button buttonStyle="primary" size="small" disabled={busy} onClick={approve}>
        审核通过（按当前内容发布）
      </Button>
      {message ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)', margin: '0.5rem 0 0' }}>
          {message}
        </p>
      ) : null}
    </div>
  )
}
