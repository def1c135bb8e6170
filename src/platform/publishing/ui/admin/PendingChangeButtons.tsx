'use client'

import { Button, useConfig } from '@payloadcms/ui'
import { useState } from 'react'
import { ActionMessage, type ActionNote } from '@/platform/admin/ui/ActionMessage'
import { postStaffAction } from '@/platform/admin/ui/staff-action'

type Props = { collection: string; id: string | number; mayDecide: boolean; mayRequestRemoval: boolean; waiting: string; newRecord: boolean }

const LABELS = { approve: '审核通过，使修改生效', reject: '不采用这次修改', 'request-removal': '申请删除' } as const
/** For a new record nobody has approved yet. */
const NEW_RECORD_LABELS: Record<Step, string> = { ...LABELS, approve: '审核通过，对公众显示', reject: '退回，暂不公开' }
type Step = keyof typeof LABELS

/** Posts one step to the record's endpoint; a refusal is shown as such, never as success. */
export function PendingChangeButtons({ collection, id, mayDecide, mayRequestRemoval, waiting, newRecord }: Props) {
  const { config } = useConfig()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<ActionNote | null>(null)

  async function take(step: Step) {
    setBusy(true)
    const result = await postStaffAction(`${config.routes.api}/${collection}/${id}/pending-change/${step}`)
    setBusy(false)
    if (!result.ok) return setMessage(result)
    setMessage({ ok: true, text: `${result.text || '已完成。'}正在刷新……` })
    if (result.answer?.deleted) window.location.assign(`${config.routes.admin}/collections/${collection}`)
    else window.location.reload()
  }

  const steps: Step[] = [...(mayDecide ? (['approve', 'reject'] as const) : []), ...(mayRequestRemoval ? (['request-removal'] as const) : [])]
  return (
    <div>
      {waiting ? <p style={{ margin: '0.5rem 0' }}>{waiting}</p> : null}
      {steps.map((step) => (
        <div key={step} style={{ margin: '0.5rem 0' }}>
          <Button buttonStyle={step === 'approve' ? 'primary' : 'secondary'} size="small" disabled={busy} onClick={() => void take(step)} margin={false}>
            {(newRecord ? NEW_RECORD_LABELS : LABELS)[step]}
          </Button>
        </div>
      ))}
      <ActionMessage message={message} />
    </div>
  )
}
