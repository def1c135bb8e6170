import type { AdminViewServerProps } from 'payload'
import { usefulnessSectionLabel } from '@/features/usefulness/rules/usefulness-pages'
import { usefulnessReport } from '@/features/usefulness/server/usefulness-report'
import { AdminViewShell } from '@/platform/admin/ui/AdminViewShell'
import { formatDay } from '@/platform/site-shell/format-date'
import type { User } from '@/payload-types'

const share = (no: number, yes: number) => (yes + no === 0 ? '—' : `${Math.round((no / (yes + no)) * 100)}%`)

/** Admin view /admin/usefulness: "这个页面对您有帮助吗？" per section and per page, with the reasons. */
export async function UsefulnessReportView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const user = req.user as User | null
  const admin = req.payload.config.routes.admin
  const report = user?.collection === 'users' ? await usefulnessReport(req.payload, user) : null
  return (
    <AdminViewShell initPageResult={initPageResult} params={params} searchParams={searchParams} nav={[{ label: '页面评价', url: `${admin}/collections/usefulness-answers` }, { label: '统计' }]} title="页面评价统计">
      {!report ? (
        <p role="status">只有工作人员可以查看。</p>
      ) : (
        <>
          <p>
            近 90 天读者对“这个页面对您有帮助吗？”的回答。“没有帮助”至少 {report.rule.minNo} 次且占 {Math.round(report.rule.minNoShare * 100)}% 以上的页面标为“需要改进”；健康与防艾页面会在首页提醒审核人。原因中的电话、证件号等已在保存前隐去。
          </p>
          <h2>按栏目</h2>
          {report.sections.length === 0 ? (
            <p>还没有回答。</p>
          ) : (
            <table className="table" style={{ borderCollapse: 'collapse', marginBottom: '2rem' }}>
              <thead>
                <tr>
                  <th scope="col">栏目</th>
                  <th scope="col">页面数</th>
                  <th scope="col">有帮助</th>
                  <th scope="col">没有帮助</th>
                  <th scope="col">“没有帮助”占比</th>
                </tr>
              </thead>
              <tbody>
                {report.sections.map((section) => (
                  <tr key={section.section}>
                    <th scope="row">{usefulnessSectionLabel(section.section)}</th>
                    <td>{section.pages}</td>
                    <td>{section.yes}</td>
                    <td>{section.no}</td>
                    <td>{share(section.no, section.yes)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h2>按页面（“没有帮助”多的在前）</h2>
          {report.pages.map((page) => (
            <section key={page.path} style={{ marginBottom: '1.5rem' }} aria-label={page.path}>
              <h3 style={{ marginBottom: '0.25rem' }}>
                <a href={page.path}>{page.path}</a> {report.flagged.has(page.path) ? <strong style={{ color: '#b00020' }}>需要改进</strong> : null}
              </h3>
              <p style={{ margin: 0 }}>
                {usefulnessSectionLabel(page.section)} · 有帮助 {page.yes} · 没有帮助 {page.no} · 占比 {share(page.no, page.yes)}
              </p>
              {page.reasons.length > 0 ? (
                <ul>
                  {page.reasons.slice(0, 20).map((reason, i) => (
                    <li key={i}>
                      {formatDay(reason.at)} {reason.useful ? '（有帮助）' : '（没有帮助）'}
                      {reason.reason}
                    </li>
                  ))}
                </ul>
              ) : null}
            </section>
          ))}
        </>
      )}
    </AdminViewShell>
  )
}
