'use client'

import { inputStyle } from './DeskStep'

/** A flag as the approver answers it: where, what, and the line that describes it. */
export type DeskFlag = { field: string; text: string; description: string }
/** The reason typed for each flag kept, by its place in the list; absent while not ticked. */
export type KeptFlags = Readonly<Record<number, string>>

type Props = { flags: readonly DeskFlag[]; kept: KeptFlags; onChange: (kept: KeptFlags) => void }

/**
 * The reviewer cannot edit the copy, so each flag has two answers: tick 不是个人信息 and say why
 * (a public number, the office's address), or leave it and 退回修改 for the writer to delete it.
 */
export function ApprovalChecks({ flags, kept, onChange }: Props) {
  if (flags.length === 0) {
    return <p style={{ margin: '0 0 0.5rem' }}>没有需要逐条核对的提示。批准后，上面的内容将在“留言选登”公开。</p>
  }
  const tick = (i: number, on: boolean) => {
    const next: Record<number, string> = { ...kept }
    if (on) next[i] = ''
    else delete next[i]
    onChange(next)
  }
  return (
    <>
      <p style={{ margin: '0 0 0.5rem' }}>
        以下 {flags.length} 处可能是个人信息。确实是的，请不要批准，写明后点“退回修改”；不是的，请勾选“不是个人信息”并写明理由。
      </p>
      {flags.map((flag, i) => (
        <fieldset key={`${flag.field}:${flag.text}`} className="copy-desk__check" style={{ margin: '0 0 0.75rem', padding: '0.5rem 0.75rem', border: '1px dashed var(--theme-elevation-250)' }}>
          <legend>{flag.description}</legend>
          <input id={`copy-desk-keep-${i}`} type="checkbox" checked={i in kept} onChange={(event) => tick(i, event.target.checked)} />{' '}
          <label htmlFor={`copy-desk-keep-${i}`}>不是个人信息</label>
          {i in kept ? (
            <div style={{ marginTop: '0.5rem' }}>
              <label htmlFor={`copy-desk-reason-${i}`} style={{ display: 'block', marginBottom: '0.25rem' }}>
                理由（必填，例如：本机关公开电话）
              </label>
              <input
                id={`copy-desk-reason-${i}`}
                type="text"
                required
                value={kept[i]}
                onChange={(event) => onChange({ ...kept, [i]: event.target.value })}
                style={inputStyle}
              />
            </div>
          ) : null}
        </fieldset>
      ))}
    </>
  )
}
