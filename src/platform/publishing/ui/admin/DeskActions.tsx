import type { UIFieldServerProps } from 'payload'
import { availableDeskActions, defaultScheduleValue, DESK_STATE_LABELS, formatBeijingMinute, isDeskState, type DeskState } from '@/platform/publishing/rules/desk'
import { DeskActionButtons } from './DeskActionButtons'

const idOf = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: string | number }).id : (value as string | number | null | undefined)

/** What happens next when this person has no step to take here. */
const WAITING: Record<DeskState, string> = {
  draft: '保存草稿后点击“提交审核”，由另一位审核员审核。',
  submitted: '等待另一位审核员审核：提交人不能审核自己提交的内容。',
  returned: '请按退回意见修改，保存草稿后再次提交审核。',
  approved: '已审核通过，等待审核员发布或定时发布。',
  scheduled: '已定时，到时由系统自动发布。',
  published: '已发布。修改后保存草稿并提交审核，审核通过后才会替换公开的版本。',
  withdrawn: '已撤回：页面仍可访问并显示撤回说明。',
  unpublished: '已取消发布：公众已看不到此页面。',
}

async function nameOf(req: UIFieldServerProps['req'], value: unknown): Promise<string> {
  const id = idOf(value)
  if (id == null) return ''
  const user = await req.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: false, user: req.user, req }).catch(() => null)
  return (user as { name?: string } | null)?.name?.trim() || '工作人员'
}

/**
 * At the top of the sidebar of every public content page: where it stands on the desk, who did
 * what, and the buttons of the steps this person may take now (rules/desk.ts decides; the
 * endpoint checks again).
 */
export async function DeskActions({ data, id, req, collectionSlug }: UIFieldServerProps) {
  if (id == null || !data) {
    return <p style={{ margin: '0 0 1.5rem' }}>填写标题后点击“保存草稿”，保存后可提交审核。</p>
  }
  const state: DeskState = isDeskState(data.deskState) ? data.deskState : 'draft'
  const main = (await req.payload.findByID({ collection: collectionSlug as never, id, depth: 0, overrideAccess: true, req }).catch(() => null)) as Record<string, unknown> | null
  const publicState = main && (main._status === 'published' || main.deskState === 'unpublished') && isDeskState(main.deskState) ? main.deskState : null
  const user = req.user as { id: string | number; roles?: string[] } | null
  const facts = { state, publicState, submittedBy: idOf(data.submittedBy), awaitingReview: Boolean(main?.awaitingReview), forcedBy: idOf(main?.forcedBy) }
  const actions = availableDeskActions(facts, user ? { id: user.id, roles: user.roles ?? [] } : null)
  const submitter = await nameOf(req, data.submittedBy)
  const line = (label: string, value: unknown) =>
    value ? (
      <p style={{ margin: '0 0 0.25rem' }}>
        {label}：{String(value)}
      </p>
    ) : null

  return (
    <section aria-labelledby="desk-title" style={{ marginBottom: '1.5rem', paddingBottom: '1rem', borderBottom: '1px solid var(--theme-elevation-150)' }}>
      <h2 id="desk-title" style={{ margin: '0 0 0.5rem', fontSize: '1.1rem' }}>
        审核台
      </h2>
      <p style={{ margin: '0 0 0.25rem', fontWeight: 600 }} data-desk-state={state}>
        状态：{DESK_STATE_LABELS[state]}
        {publicState && publicState !== state ? `（公开的版本：${DESK_STATE_LABELS[publicState]}）` : ''}
      </p>
      {line('提交人', submitter && `${submitter}（${formatBeijingMinute(data.submittedAt as string)}）`)}
      {line('提交说明', data.submitNote)}
      {state === 'returned' ? line('退回意见', data.returnRemark) : null}
      {state === 'scheduled' ? line('定时发布', `${formatBeijingMinute(data.scheduledAt as string)}（北京时间）`) : null}
      {main?.awaitingReview ? line('未经审核发布的理由', main.forcePublishReason) : null}
      <DeskActionButtons
        collection={collectionSlug}
        id={id}
        actions={actions}
        waiting={WAITING[state]}
        scheduleDefault={defaultScheduleValue(new Date(), 60)}
        versionsHref={`${req.payload.config.routes.admin}/collections/${collectionSlug}/${id}/versions`}
      />
    </section>
  )
}
