import { Gutter } from '@payloadcms/ui'
import type { DocumentViewServerProps } from 'payload'
import {
  answerTypeLabel,
  applicantTypeLabel,
  applicationStatusLabel,
  clockOf,
  collectionMannerLabel,
  idTypeLabel,
  openSteps,
  preferredFormLabel,
  workingDaysLeft,
} from '@/features/disclosure/rules'
import { applicationStateOf } from '@/features/disclosure/server/application-state'
import { DeskNotice } from '@/features/feedback'
import { hasRole } from '@/platform/access/roles'
import { formatDay, formatDayTime } from '@/platform/site-shell/format-date'
import { ApplicantReveal } from './ApplicantReveal'
import { ApplicationStepForms } from './ApplicationStepForms'
import { applicationDeskPath, deskListPath } from './desk-paths'
import './disclosure-desk.css'

/** The 办理 tab of an application: the facts (masked), the clock and one form per legal next step. */
export async function ApplicationDeskView({ doc: shown, initPageResult, routeSegments, searchParams }: DocumentViewServerProps) {
  const { req } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  const id = String(shown?.id ?? routeSegments[2] ?? '')
  if (!hasRole(req.user, 'admin', 'handler') || !id) return <Gutter><p role="status">只有办理员和管理员可以办理政府信息公开申请。</p></Gutter>
  const doc = await req.payload.findByID({ collection: 'disclosure-applications', id, depth: 0, overrideAccess: false, user: req.user }).catch(() => null)
  if (!doc) return <Gutter><p role="status">找不到这件申请。</p></Gutter>
  const now = new Date()
  const state = applicationStateOf(doc)
  const clock = clockOf(state)
  const steps = openSteps(state, now)
  const open = state.corrections.find((c) => !c.answeredAt)
  const left = clock.running ? workingDaysLeft(clock.deadline, now) : null
  const clockText =
    doc.status === 'answered' || doc.status === 'lapsed'
      ? `${applicationStatusLabel(doc.status)}，不再计时`
      : clock.running
        ? `${clock.deadline} 到期（${left! < 0 ? `已超期 ${-left!} 个工作日` : `剩 ${left} 个工作日`}；已用 ${clock.usedDays} / ${clock.limitDays} 个工作日）`
        : `补正期间中止（已用 ${clock.usedDays} 个工作日）；补正期限 ${open?.dueDay ?? ''}`
  return (
    <Gutter>
      <section className="disclosure-desk" aria-label="办理政府信息公开申请">
        <p><a href={deskListPath(adminRoute)}>← 返回依申请公开办理台</a></p>
        <DeskNotice searchParams={searchParams} />
        <section aria-labelledby="application-title">
          <h2 id="application-title">政府信息公开申请 {doc.trackingCode}</h2>
          <dl className="disclosure-facts">
            <dt>收到时间</dt><dd>{formatDayTime(doc.receivedAt)}</dd>
            <dt>状态</dt><dd>{applicationStatusLabel(doc.status)}</dd>
            <dt>答复期限</dt><dd className={left !== null && left < 0 ? 'disclosure-late' : undefined}>{clockText}</dd>
            {doc.extension?.days ? <><dt>延长</dt><dd>{doc.extension.days} 个工作日，{doc.extension.approvedBy} 于 {formatDay(doc.extension.at)} 批准：{doc.extension.reason}</dd></> : null}
            <dt>申请人</dt><dd>{doc.applicantMasked?.name}（{applicantTypeLabel(doc.applicantType)}）</dd>
            <dt>证件</dt><dd>{idTypeLabel(doc.idType)} {doc.applicantMasked?.idNumber}</dd>
            <dt>联系电话</dt><dd>{doc.applicantMasked?.phone}</dd>
            <dt>电子邮箱</dt><dd>{doc.applicantMasked?.email || '（未填写）'}</dd>
            <dt>通信地址</dt><dd>{doc.applicantMasked?.address || '（未填写）'}</dd>
            <dt>提供形式</dt><dd>{preferredFormLabel(doc.preferredForm)}</dd>
            <dt>获取方式</dt><dd>{collectionMannerLabel(doc.collectionManner)}</dd>
          </dl>
          <ApplicantReveal id={doc.id} />
        </section>
        <section aria-labelledby="application-description">
          <h2 id="application-description">所需信息的描述（个人信息已部分隐去）</h2>
          <p className="disclosure-text">{doc.description}</p>
          {state.corrections.map((c, i) => (
            <div key={i}>
              <h3>补正（{formatDay(c.requestedAt)} 告知，期限 {c.dueDay}）</h3>
              <p className="disclosure-text">{c.what}</p>
              {c.answeredAt ? <p className="disclosure-text">{formatDay(c.answeredAt)} 补正：{c.answer}</p> : <p>申请人尚未补正。</p>}
            </div>
          ))}
        </section>
        <section aria-labelledby="application-steps">
          <h2 id="application-steps">下一步办理</h2>
          {steps.length === 0 ? <p>这件申请没有可以进行的办理操作。</p> : null}
          <ApplicationStepForms id={doc.id} steps={steps} returnTo={applicationDeskPath(adminRoute, doc.id)} />
          {doc.status === 'answered' ? (
            <p>
              已于 {formatDayTime(doc.answer?.answeredAt)} 答复（{answerTypeLabel(doc.answer?.type)}）。
              <a href={`${adminRoute}/collections/disclosure-applications/${doc.id}/letter`}>查看和打印答复书</a>（含申请人姓名，将记入审计日志）
            </p>
          ) : null}
        </section>
        <section aria-labelledby="application-timeline">
          <h2 id="application-timeline">办理进程（申请人可见）</h2>
          <ol>
            {(doc.timeline ?? []).map((step, i) => <li key={step.id ?? i}>{formatDayTime(step.at)} {step.label}</li>)}
          </ol>
        </section>
      </section>
    </Gutter>
  )
}
