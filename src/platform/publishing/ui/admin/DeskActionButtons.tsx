'use client'

import { Button, useConfig, useFormModified } from '@payloadcms/ui'
import { useState, type KeyboardEvent, type ReactNode } from 'react'
import { ActionMessage, type ActionNote } from '@/platform/admin/ui/ActionMessage'
import { postStaffAction } from '@/platform/admin/ui/staff-action'
import { DESK_ACTIONS, DESK_STATE_LABELS, type DeskAction, type DeskInput } from '@/platform/publishing/rules/desk'

type Props = {
  collection: string
  id: string | number
  /** The steps this person may take now, from availableDeskActions on the server. */
  actions: readonly DeskAction[]
  waiting: string
  /** A datetime-local value in Beijing time, an hour ahead. */
  scheduleDefault: string
  versionsHref: string
}

type Field = { key: keyof DeskInput; label: string; kind: 'textarea' | 'text' | 'datetime'; required: boolean }

/** What each step asks for, in the order shown. */
const FIELDS: Partial<Record<DeskAction, Field[]>> = {
  submit: [{ key: 'note', label: '给审核员的说明（选填）', kind: 'textarea', required: false }],
  return: [{ key: 'remark', label: '退回意见（必填，撰写人会看到）', kind: 'textarea', required: true }],
  schedule: [{ key: 'at', label: '发布时间（北京时间，精确到分钟）', kind: 'datetime', required: true }],
  withdraw: [{ key: 'reason', label: '撤回原因（必填，公开显示在页面上）', kind: 'textarea', required: true }],
  unpublish: [
    { key: 'reason', label: '取消发布的原因（必填）', kind: 'textarea', required: true },
    { key: 'replacementPath', label: '替代地址（选填，本站地址，如 /policies/xxx；留空则旧网址显示“内容已下线”）', kind: 'text', required: false },
  ],
  restore: [{ key: 'reason', label: '恢复原因（必填，作为修改记录公开）', kind: 'textarea', required: true }],
  forcePublish: [{ key: 'reason', label: '未经审核发布的理由（必填）', kind: 'textarea', required: true }],
}

const inputStyle = {
  width: '100%',
  padding: '0.4rem',
  font: 'inherit',
  color: 'var(--theme-text)',
  background: 'var(--theme-input-bg)',
  border: '1px solid var(--theme-elevation-400)',
  borderRadius: 'var(--style-radius-s)',
  marginBottom: '0.5rem',
}

/** The desk's buttons: each step posts to the document's endpoint, then the page is read again. */
export function DeskActionButtons({ collection, id, actions, waiting, scheduleDefault, versionsHref }: Props) {
  const modified = useFormModified()
  const { config } = useConfig()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<ActionNote | null>(null)
  const [values, setValues] = useState<Record<string, string>>({ at: scheduleDefault })

  async function take(action: DeskAction) {
    if (modified && (action === 'submit' || action === 'publish' || action === 'approve' || action === 'schedule')) {
      setMessage({ ok: false, text: '有未保存的修改：请先点击“保存草稿”，保存后再进行这一步。' })
      return
    }
    setBusy(true)
    const body = Object.fromEntries((FIELDS[action] ?? []).map((field) => [field.key, values[`${action}.${field.key}`] ?? (field.key === 'at' ? values.at : '')]))
    const result = await postStaffAction(`${config.routes.api}/${collection}/${id}/actions/${action}`, body)
    setBusy(false)
    if (!result.ok) return setMessage(result)
    setMessage({ ok: true, text: `已${DESK_ACTIONS[action].label}：现在是“${DESK_STATE_LABELS[DESK_ACTIONS[action].to]}”。正在刷新……` })
    window.location.reload()
  }

  // The desk sits inside Payload's document form: Enter would save the document instead.
  const onKeyDown = (action: DeskAction) => (event: KeyboardEvent<HTMLFieldSetElement>) => {
    if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) return
    event.preventDefault()
    void take(action)
  }

  const input = (action: DeskAction, field: Field): ReactNode => {
    const name = `${action}.${field.key}`
    const id = `desk-${action}-${field.key}`
    const value = values[name] ?? (field.key === 'at' ? values.at : '')
    const set = (next: string) => setValues({ ...values, [name]: next })
    return (
      <div key={name}>
        <label htmlFor={id} style={{ display: 'block', marginBottom: '0.25rem' }}>
          {field.label}
        </label>
        {field.kind === 'textarea' ? (
          <textarea id={id} rows={3} required={field.required} value={value} onChange={(e) => set(e.target.value)} style={inputStyle} />
        ) : (
          <input
            id={id}
            type={field.kind === 'datetime' ? 'datetime-local' : 'text'}
            step={field.kind === 'datetime' ? 60 : undefined}
            required={field.required}
            value={value}
            onChange={(e) => set(e.target.value)}
            style={inputStyle}
          />
        )}
      </div>
    )
  }

  return (
    <div className="publishing-desk">
      {actions.length === 0 ? <p style={{ margin: '0.5rem 0' }}>{waiting}</p> : null}
      {actions.map((action) => {
        const fields = FIELDS[action] ?? []
        const button = (
          <Button buttonStyle={action === 'publish' || action === 'submit' ? 'primary' : 'secondary'} size="small" disabled={busy} onClick={() => void take(action)} margin={false}>
            {DESK_ACTIONS[action].label}
          </Button>
        )
        if (fields.length === 0) return <div key={action} style={{ margin: '0.5rem 0' }}>{button}</div>
        return (
          <fieldset key={action} onKeyDown={onKeyDown(action)} style={{ margin: '0.5rem 0', padding: '0.5rem 0.75rem', border: '1px solid var(--theme-elevation-150)', borderRadius: 'var(--style-radius-m)' }}>
            <legend style={{ fontWeight: 600, padding: '0 0.25rem' }}>{DESK_ACTIONS[action].label}</legend>
            {fields.map((field) => input(action, field))}
            {button}
          </fieldset>
        )
      })}
      {actions.includes('approve') || actions.includes('publish') ? (
        <p style={{ margin: '0.5rem 0' }}>
          <a href={versionsHref}>对比修改前后的版本</a>
        </p>
      ) : null}
      <ActionMessage message={message} />
    </div>
  )
}
