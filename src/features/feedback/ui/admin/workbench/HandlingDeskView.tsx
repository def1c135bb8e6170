import { Gutter } from '@payloadcms/ui'
import type { DocumentViewServerProps } from 'payload'
import { describeDueAt, statusLabel } from '@/features/feedback/rules/handling'
import { FEEDBACK_KINDS } from '@/features/feedback/rules/intake'
import { deskActions, fillTemplate, templatesFor, timeLeftText, workingDaysLeft } from '@/features/feedback/rules/workbench'
import { handlingStateOf, relationId } from '@/features/feedback/server/handling-state'
import { directoryNames } from '@/features/feedback/server/workbench/queues'
import { loadDesk } from '@/features/feedback/server/workbench/desk'
import { hasRole } from '@/platform/access/roles'
import { formatDay, formatDayTime } from '@/platform/site-shell/format-date'
import { DeskNotice } from './DeskNotice'
import { DeskStepForm, type DeskTemplateChoice } from './DeskStepForm'
import { LookAlikeList } from './LookAlikeList'
import { MergeSection } from './MergeSection'
import { deskPath, workbenchPath } from './workbench-paths'
import './workbench.css'

/**
 * The 办理 tab of a message (/admin/collections/feedback/:id/desk): what the resident wrote, the
 * clock, the timeline and one button per legal next step; the reply box comes first when due.
 */
export async function HandlingDeskView({ doc: shown, initPageResult, routeSegments, searchParams }: DocumentViewServerProps) {
  const { req } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  const id = String(shown?.id ?? routeSegments[2] ?? '')
  if (!hasRole(req.user, 'admin', 'handler') || !id) return <Gutter><p role="status">只有留言办理员和管理员可以办理留言。</p></Gutter>
  const desk = await loadDesk(req.payload, req.user, id)
  if (!desk) return <Gutter><p role="status">找不到这条留言。</p></Gutter>
  const { doc, directory, templates, alike, merges } = desk
  const names = directoryNames(directory)
  const state = handlingStateOf(doc as unknown as Record<string, unknown>)
  const actions = deskActions(state)
  // The reply is the step that matters most: its box sits right under the facts when it is legal.
  const ordered = [...actions.filter((a) => a.key === 'reply'), ...actions.filter((a) => a.key !== 'reply')]
  const now = new Date()
  const returnTo = deskPath(adminRoute, doc.id)
  const kind = FEEDBACK_KINDS.find((k) => k.value === doc.kind)?.label ?? doc.kind
  const param = (name: string) => (typeof searchParams?.[name] === 'string' ? (searchParams[name] as string) : '')
  // Staff preview with the masked name; the server puts the real one in only when the text is sent.
  const previewValues = {
    name: doc.contactMasked?.name ?? undefined,
    trackingCode: doc.trackingCode,
    department: relationId(doc.department) ? names.department(relationId(doc.department)) : undefined,
    replyDueDay: doc.replyDueAt ? formatDay(doc.replyDueAt) : undefined,
    result: '【办理结果】',
  }
  const templatesOf = (key: string): DeskTemplateChoice => {
    const fitting = templatesFor(templates, doc.kind, key)
    const chosen = fitting.find((t) => String(t.id) === param('template') && param('for') === key)
    return {
      offered: fitting.map((t) => ({ id: String(t.id), title: t.title, href: `${returnTo}?template=${t.id}&for=${key}#step-${key}` })),
      chosen: chosen ? { title: chosen.title, body: chosen.body, preview: fillTemplate(chosen.body, previewValues) } : undefined,
    }
  }
  const clock = doc.dueAt ? { days: workingDaysLeft(new Date(doc.dueAt), now), text: describeDueAt(new Date(doc.dueAt), now).text } : null

  return (
    <Gutter>
      <section className="workbench-desk" aria-label="留言办理">
        <p><a href={workbenchPath(adminRoute)}>← 返回留言办理台</a></p>
        <DeskNotice searchParams={searchParams} />
        <section aria-labelledby="desk-title">
          <h2 id="desk-title">{doc.subject}</h2>
          <dl className="workbench-facts">
            <dt>查询码</dt><dd>{doc.trackingCode}</dd>
            <dt>类型</dt><dd>{kind}</dd>
            <dt>收到时间</dt><dd>{formatDayTime(doc.createdAt)}</dd>
            <dt>状态</dt><dd>{statusLabel(doc.status)}</dd>
            <dt>承办部门</dt><dd>{names.department(relationId(doc.department))}</dd>
            <dt>承办人</dt><dd>{names.handler(relationId(doc.assignedTo))}</dd>
            <dt>{doc.status === 'received' ? '受理时限' : '答复时限'}</dt>
            <dd className={clock && clock.days < 0 ? 'workbench-late' : undefined}>
              {clock ? `${timeLeftText(clock.days)}（${clock.text}，${formatDay(doc.dueAt)} 到期）` : doc.status === 'replied' ? '已答复（尚未办结），不再计时' : `${statusLabel(doc.status)}，不再计时`}
            </dd>
          </dl>
        </section>
        <section aria-labelledby="desk-steps">
          <h2 id="desk-steps">下一步办理</h2>
          {ordered.length === 0 ? <p>这条留言没有可以进行的办理操作。</p> : null}
          {ordered.map((action) => (
            <DeskStepForm key={action.key} action={action} messageId={doc.id} returnTo={returnTo} directory={directory} templates={action.fields.some((f) => f.fromTemplate) ? templatesOf(action.key) : undefined} />
          ))}
        </section>
        {merges.into || merges.merged.length > 0 ? <MergeSection adminRoute={adminRoute} messageId={doc.id} returnTo={returnTo} merges={merges} names={names} /> : null}
        {alike.length > 0 && !merges.into ? <LookAlikeList adminRoute={adminRoute} messageId={doc.id} returnTo={returnTo} alike={alike} /> : null}
        <section aria-labelledby="desk-message">
          <h2 id="desk-message">群众留言（个人信息已部分隐去）</h2>
          <p className="workbench-message">{doc.message}</p>
          {doc.reply ? (
            <>
              <h3>已发出的答复</h3>
              <p className="workbench-message">{doc.reply}</p>
            </>
          ) : null}
        </section>
        <section aria-labelledby="desk-timeline">
          <h2 id="desk-timeline">办理进程（群众可见）</h2>
          <ol>
            {(doc.timeline ?? []).map((step, i) => (
              <li key={step.id ?? i}>{formatDayTime(step.at)} {statusLabel(step.status)}</li>
            ))}
          </ol>
          <p><a href={`${adminRoute}/collections/feedback/${doc.id}`}>查看全部字段和内部备注</a></p>
        </section>
      </section>
    </Gutter>
  )
}
