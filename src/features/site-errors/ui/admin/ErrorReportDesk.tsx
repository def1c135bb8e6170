import { errorReportStanding, nextSteps, outcomeLabel, statusLabel } from '@/features/site-errors/rules'
import type { SiteErrorReport } from '@/payload-types'
import { ErrorReportStepForm } from './ErrorReportStepForm'
import { TimeLeft } from './TimeLeft'

type Props = { report: SiteErrorReport; returnTo: string; backTo: string }

const beijing = (value?: string | null) => (value ? new Date(value).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }) : '')

/** One report: what was sent, its time left, and the buttons for its legal next steps only. */
export function ErrorReportDesk({ report, returnTo, backTo }: Props) {
  const steps = nextSteps(report.status)
  return (
    <section className="error-desk" aria-labelledby="error-desk-title">
      <h2 id="error-desk-title">报告 {report.reference}</h2>
      <p>
        <a href={backTo}>返回队列</a>
      </p>
      <dl className="error-desk__facts">
        <dt>状态</dt>
        <dd>{statusLabel(report.status)}</dd>
        <dt>出错页面</dt>
        <dd>
          <a href={report.pageUrl.startsWith('/') ? report.pageUrl : '#'} target="_blank" rel="noreferrer">
            {report.pageUrl}
          </a>
        </dd>
        <dt>收到时间</dt>
        <dd>{beijing(report.receivedAt)}</dd>
        <dt>答复期限</dt>
        <dd>
          {report.dueDay}
          {report.status === 'received' && report.receivedAt ? <> （<TimeLeft standing={errorReportStanding(new Date(report.receivedAt), new Date())} />）</> : null}
        </dd>
        <dt>联系邮箱</dt>
        <dd>{report.contactGiven ? '留有邮箱，答复将自动发送' : '未留邮箱'}</dd>
        {report.status === 'answered' ? (
          <>
            <dt>核实结果</dt>
            <dd>{outcomeLabel(report.outcome)}</dd>
            <dt>答复内容</dt>
            <dd className="error-desk__text">{report.answer}</dd>
          </>
        ) : null}
        {report.status === 'dismissed' ? (
          <>
            <dt>不予处理理由</dt>
            <dd className="error-desk__text">{report.dismissReason}</dd>
          </>
        ) : null}
        {report.answeredAt ? (
          <>
            <dt>办结时间</dt>
            <dd>{beijing(report.answeredAt)}</dd>
          </>
        ) : null}
      </dl>
      <h3>问题说明</h3>
      <p className="error-desk__text">{report.description}</p>
      {steps.length > 0 ? steps.map((step) => <ErrorReportStepForm key={step.key} step={step} id={report.id} returnTo={returnTo} />) : <p>这份报告已经办结。</p>}
    </section>
  )
}
