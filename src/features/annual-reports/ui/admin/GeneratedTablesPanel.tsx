import type { UIFieldServerProps } from 'payload'
import { isYearOver, partHeading, readGeneratedTables, REPORT_PARTS } from '@/features/annual-reports/rules'
import { hasRole } from '@/platform/access/roles'
import { formatBeijingMinute } from '@/platform/publishing/rules/desk'
import { ReportTable } from '@/features/annual-reports/ui/ReportTable'
import { GenerateTablesButton } from './GenerateTablesButton'
import '@/features/annual-reports/ui/annual-reports.css'

const GENERATED = REPORT_PARTS.filter((part) => part.source === 'generated')
const same = (text: string) => text

/**
 * Between the written parts: the tables counted from the site's data (二、三), as they will be
 * published, with 按本年数据生成表格. What is shown is what was stored; publishing freezes it.
 */
export async function GeneratedTablesPanel({ data, id, req }: UIFieldServerProps) {
  const tables = readGeneratedTables(data?.tables)
  const year = typeof data?.year === 'number' ? data.year : null
  const mayGenerate = id != null && hasRole(req.user, 'admin', 'editor', 'reviewer')
  return (
    <section aria-labelledby="report-tables-title" style={{ margin: '0 0 2rem', padding: '1rem 0', borderTop: '1px solid var(--theme-elevation-150)', borderBottom: '1px solid var(--theme-elevation-150)' }}>
      <h2 id="report-tables-title" style={{ margin: '0 0 0.5rem', fontSize: '1.25rem' }}>
        {GENERATED.map(partHeading).join('；')}
      </h2>
      <p style={{ margin: '0 0 0.5rem' }}>
        {tables
          ? `表格按 ${tables.year} 年的数据生成于 ${formatBeijingMinute(tables.generatedAt)}（北京时间）。数据有变化时可以重新生成；报告发布后，公开的表格不再变化。`
          : '尚未生成表格。保存草稿后点击下面的按钮，系统按本年度的政策文件和依申请公开办理记录统计；生成表格后才能发布。'}
      </p>
      {tables && year !== null && tables.year !== year ? <p style={{ margin: '0 0 0.5rem', color: 'var(--theme-error-500)' }}>报告年度已改为 {year} 年，请重新生成表格。</p> : null}
      {year !== null && !isYearOver(year, new Date()) ? <p style={{ margin: '0 0 0.5rem' }}>{year} 年尚未结束，现在生成的数字到年底还会变化。</p> : null}
      {mayGenerate ? <GenerateTablesButton id={id} label="按本年数据生成表格" /> : id == null ? <p style={{ margin: 0 }}>填写报告年度并保存草稿后，可以生成表格。</p> : null}
      {tables ? (
        <div style={{ marginTop: '1rem' }}>
          <ReportTable table={tables.proactive} t={same} />
          <ReportTable table={tables.applications} t={same} />
        </div>
      ) : null}
    </section>
  )
}
