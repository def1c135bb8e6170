import type { UIFieldServerProps } from 'payload'
import {
  availableCopyActions,
  copyFlags,
  COPY_STATUS_LABELS,
  describeFlag,
  isCopyStatus,
  type CopyStatus,
  type FlagConfirmation,
} from '@/features/moderation/rules'
import { copyTextFields, relationId } from '@/features/moderation/server/copy-record'
import { flagOptionsFor } from '@/features/moderation/server/flag-options'
import { formatDayTime } from '@/platform/site-shell/format-date'
import { CopyDeskActions } from './CopyDeskActions'
import { distinctFlags } from './flagged-text'
import { FlaggedTexts } from './FlaggedTexts'

/** What happens next when this user has no step to take here. */
const WAITING: Record<CopyStatus, string> = {
  drafting: '由留言办理员修改后提交审核。',
  submitted: '等待另一位审核员批准公开或退回修改；撰写人不能审核自己写的版本。',
  published: '已公开（留言选登，或征求意见页面）。',
  withdrawn: '已撤下；留言办理员可以重新起草。',
}

const NO_FLAGS = '检查未发现疑似个人信息；请再通读一遍，确认没有住址、第三人姓名和健康细节。'

const line = (label: string, value: unknown) =>
  value ? (
    <p style={{ margin: '0 0 0.25rem' }}>
      {label}：{String(value)}
    </p>
  ) : null

/**
 * At the top of a public copy: where it stands and who did what, its texts as last saved with
 * every span the detector flags, and the buttons of the steps this user may take now (the rule in
 * rules/copy-status.ts decides; the endpoint checks again).
 */
export async function CopyDesk({ data, id, req }: UIFieldServerProps) {
  if (id == null || !data || !isCopyStatus(data.status)) return null
  const status: CopyStatus = data.status
  const texts = Object.fromEntries(copyTextFields(data).map((field) => [field, String(data[field] ?? '')]))
  const flags = copyFlags(texts, await flagOptionsFor(req, data))
  const confirmations = ((data.confirmations as FlagConfirmation[] | null) ?? []).map(({ field, text, reason }) => ({ field, text, reason }))
  const writers = ((data.writers as unknown[] | null) ?? []).map(relationId).filter((w): w is string | number => w !== null)
  const user = req.user as { id: string | number; roles?: string[] } | null
  const actions = availableCopyActions({ status, writers }, user ? { id: user.id, roles: user.roles ?? [] } : null)

  return (
    <section className="copy-desk" aria-labelledby="copy-desk-title" style={{ marginBottom: '2rem', paddingBottom: '1.5rem', borderBottom: '1px solid var(--theme-elevation-150)' }}>
      <h2 id="copy-desk-title" style={{ margin: '0 0 0.75rem', fontSize: '1.25rem' }}>
        公开版本审核台
      </h2>
      <p style={{ margin: '0 0 0.25rem', fontWeight: 600 }}>状态：{COPY_STATUS_LABELS[status]}</p>
      {line('撰写人', data.writerNames || '尚无人修改（系统起草的建议稿）')}
      {line('提交审核时间', formatDayTime(data.submittedAt))}
      {line('退回意见', data.returnRemark)}
      {line('批准人', data.approverName && `${data.approverName}（${formatDayTime(data.approvedAt)}）`)}
      {line('撤下原因', data.withdrawalReason && `${data.withdrawalReason}（${formatDayTime(data.withdrawnAt)}）`)}

      <h3 style={{ margin: '1.25rem 0 0.5rem', fontSize: '1.1rem' }}>上次保存的公开内容</h3>
      <p style={{ margin: '0 0 1rem' }}>
        {flags.length === 0 ? NO_FLAGS : `检查发现 ${flags.length} 处疑似个人信息，已在下文标出：撰写人请删去；审核员请逐条核对。`}
      </p>
      <FlaggedTexts texts={texts} flags={flags} confirmations={confirmations} />

      <CopyDeskActions
        id={id}
        actions={actions}
        flags={distinctFlags(flags).map((flag) => ({ field: flag.field, text: flag.text, description: describeFlag(flag) }))}
        savedAt={String(data.updatedAt ?? '')}
        waiting={actions.length === 0 ? WAITING[status] : ''}
      />
    </section>
  )
}
