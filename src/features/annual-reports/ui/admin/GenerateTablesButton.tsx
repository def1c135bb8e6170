'use client'

import { Button, useConfig, useFormModified } from '@payloadcms/ui'
import { useState } from 'react'
import { ActionMessage, type ActionNote } from '@/platform/admin/ui/ActionMessage'
import { postStaffAction } from '@/platform/admin/ui/staff-action'

/** 按本年数据生成表格: posts to the report's endpoint, then reads the page again to show the new tables. */
export function GenerateTablesButton({ id, label }: { id: string | number; label: string }) {
  const modified = useFormModified()
  const { config } = useConfig()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<ActionNote | null>(null)

  async function generate() {
    if (modified) return setMessage({ ok: false, text: '有未保存的修改：请先点击“保存草稿”，保存后再生成表格。' })
    setBusy(true)
    const result = await postStaffAction(`${config.routes.api}/open-government-reports/${id}/generate-tables`, undefined, '表格未能生成，请稍后再试。')
    setBusy(false)
    if (!result.ok) return setMessage(result)
    setMessage({ ok: true, text: `${result.text}正在刷新……` })
    window.location.reload()
  }

  return (
    <div>
      <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void generate()} margin={false}>
        {label}
      </Button>
      <ActionMessage message={message} />
    </div>
  )
}
