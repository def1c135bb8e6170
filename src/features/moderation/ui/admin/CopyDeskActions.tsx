'use client'

import { Button, useConfig, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useRef, useState, type ReactNode } from 'react'
import { COPY_ACTIONS, COPY_STATUS_LABELS, type CopyAction } from '@/features/moderation/rules/copy-status'
import { ApprovalChecks, type DeskFlag, type KeptFlags } from './ApprovalChecks'
import { DeskStep, inputStyle } from './DeskStep'

type Props = {
  id: string | number
  /** The steps this user may take now, from availableCopyActions on the server. */
  actions: readonly CopyAction[]
  flags: readonly DeskFlag[]
  /** updatedAt of the copy the server rendered: a later save means the desk shows old texts. */
  savedAt: string
  /** What happens next, when the user has no step here. */
  waiting: string
}

type Outcome = { ok: boolean; text: string }

const REASON_LABELS = {
  return: '退回意见（必填，写明需要修改的地方，撰写人会看到）',
  withdraw: '撤下原因（必填，记入审计日志）',
} as const

/** The buttons of the desk: each step posts to the copy's endpoint, then the page is read again. */
export function CopyDeskActions({ id, actions, flags, savedAt, waiting }: Props) {
  const router = useRouter()
  const { config } = useConfig()
  const { data: saved } = useDocumentInfo()
  const modified = useFormModified()
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [texts, setTexts] = useState({ return: '', withdraw: '' })
  const [kept, setKept] = useState<KeptFlags>({})
  const outcomeRef = useRef<HTMLParagraphElement>(null)
  const refreshedFor = useRef(savedAt)

  // After 保存 the desk would still show the texts (and flags) it was rendered with.
  const savedNow = String(saved?.updatedAt ?? '')
  useEffect(() => {
    if (!savedNow || savedNow === savedAt || savedNow === refreshedFor.current) return
    refreshedFor.current = savedNow
    router.refresh()
  }, [savedNow, savedAt, router])

  useEffect(() => {
    if (outcome) outcomeRef.current?.focus()
  }, [outcome])

  async function take(action: CopyAction, body: Record<string, unknown> = {}) {
    if (action === 'submit' && modified) {
      setOutcome({ ok: false, text: '有未保存的修改：请先点击“保存”，保存后再提交审核。' })
      return
    }
    setBusy(true)
    try {
      const response = await fetch(`${config.routes.api}/moderated-copies/${id}/actions/${action}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      const answer = await response.json().catch(() => null)
      if (!response.ok) {
        setOutcome({ ok: false, text: answer?.error ?? '操作未能完成，请稍后再试。' })
        return
      }
      const { label, to } = COPY_ACTIONS[action]
      setOutcome({ ok: true, text: `已${label}：公开版本现在是“${COPY_STATUS_LABELS[to]}”。` })
      setTexts({ return: '', withdraw: '' })
      setKept({})
      router.refresh()
    } catch {
      setOutcome({ ok: false, text: '网络连接失败，请稍后再试。' })
    } finally {
      setBusy(false)
    }
  }

  const approve = () =>
    take('approve', {
      confirmations: flags.flatMap((flag, i) => (kept[i] ? [{ field: flag.field, text: flag.text, reason: kept[i] }] : [])),
    })
  const button = (action: CopyAction, onClick: () => void) => (
    <Button buttonStyle={action === 'approve' || action === 'submit' ? 'primary' : 'secondary'} size="small" disabled={busy} onClick={onClick}>
      {COPY_ACTIONS[action].label}
    </Button>
  )
  const withText = (action: 'return' | 'withdraw') => (
    <DeskStep key={action} title={COPY_ACTIONS[action].label}>
      <label htmlFor={`copy-desk-${action}`} style={{ display: 'block', marginBottom: '0.25rem' }}>
        {REASON_LABELS[action]}
      </label>
      <textarea
        id={`copy-desk-${action}`}
        required
        rows={3}
        value={texts[action]}
        onChange={(event) => setTexts({ ...texts, [action]: event.target.value })}
        style={{ ...inputStyle, display: 'block', marginBottom: '0.5rem' }}
      />
      {button(action, () => take(action, { text: texts[action] }))}
    </DeskStep>
  )

  const steps: Record<CopyAction, () => ReactNode> = {
    submit: () => (
      <DeskStep key="submit" title="提交审核">
        <p style={{ margin: '0 0 0.5rem' }}>提交的是上次保存的内容：如有修改，请先点击“保存”，保存后再提交。提交后由另一位审核员批准。</p>
        {button('submit', () => take('submit'))}
      </DeskStep>
    ),
    approve: () => (
      <DeskStep key="approve" title="批准公开" onEnter={approve}>
        <ApprovalChecks flags={flags} kept={kept} onChange={setKept} />
        {button('approve', approve)}
      </DeskStep>
    ),
    return: () => withText('return'),
    withdraw: () => withText('withdraw'),
    redraft: () => (
      <DeskStep key="redraft" title="重新起草">
        <p style={{ margin: '0 0 0.5rem' }}>重新起草后可以修改文字，再次提交审核。</p>
        {button('redraft', () => take('redraft'))}
      </DeskStep>
    ),
  }

  const refused = outcome && !outcome.ok ? outcome : null
  return (
    <div className="copy-desk__actions">
      <h3 style={{ margin: '1.25rem 0 0.5rem', fontSize: '1.1rem' }}>可以进行的步骤</h3>
      {actions.length === 0 ? <p style={{ margin: 0 }}>{waiting}</p> : ORDER.filter((a) => actions.includes(a)).map((a) => steps[a]())}
      <p ref={refused ? outcomeRef : undefined} tabIndex={-1} role="alert" className="copy-desk__refusal" style={{ margin: '0.75rem 0 0', fontWeight: 600, color: 'var(--theme-error-750)' }}>
        {refused?.text}
      </p>
      <p ref={outcome?.ok ? outcomeRef : undefined} tabIndex={-1} role="status" className="copy-desk__outcome" style={{ margin: '0.75rem 0 0', fontWeight: 600 }}>
        {outcome?.ok ? outcome.text : ''}
      </p>
    </div>
  )
}

/** The writer's step first, then the reviewer's: approving before returning. */
const ORDER: readonly CopyAction[] = ['submit', 'approve', 'return', 'withdraw', 'redraft']
