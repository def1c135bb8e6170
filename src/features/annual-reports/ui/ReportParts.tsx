import { partHeading, readGeneratedTables, remediesTable, REPORT_PARTS, type RemedyFigures, type ReportTable as Table } from '@/features/annual-reports/rules'
import { textIn, type Script } from '@/platform/site-shell/chinese-script'
import { DayTime } from '@/platform/site-shell/ui/DayTime'
import { PageSection } from '@/platform/site-shell/ui/PageSection'
import { RichTextBody } from '@/platform/site-shell/ui/RichTextBody'
import { ReportTable } from './ReportTable'

export type ReportContent = { overview?: unknown; problems?: unknown; otherMatters?: unknown; remedies?: RemedyFigures | null; tables?: unknown }

/** How the generated tables were counted, said under each. */
const COUNTING: Partial<Record<(typeof REPORT_PARTS)[number]['key'], string>> = {
  proactive: '按发布日期（北京时间）计入年度；已撤回的文件不计入。“现行有效政策文件”为本年底前发布、生成表格时仍现行有效的政策文件。',
  applications: '“本年度办理结果”计入本年内答复或者视为放弃的申请，包括上年结转的申请。告知向其他机关申请的，计入“本机关不掌握相关政府信息”；申请人逾期未补正的，计入“其他处理”。本机关不收取信息处理费。',
}

/** The report's six parts in the template's order: the written sections and the tables, each under its numbered heading. */
export function ReportParts({ script, report }: { script: Script; report: ReportContent }) {
  const t = textIn(script)
  const generated = readGeneratedTables(report.tables)
  const tables: Partial<Record<string, Table>> = { proactive: generated?.proactive, applications: generated?.applications, remedies: remediesTable(report.remedies) }
  return (
    <>
      {REPORT_PARTS.map((part) => {
        const table = tables[part.key]
        return (
          <PageSection key={part.key} script={script} id={`report-${part.key}`} heading={partHeading(part)}>
            {part.source === 'written' ? <RichTextBody data={report[part.key]} script={script} className="content-body" /> : null}
            {part.source !== 'written' && table ? <ReportTable table={table} t={t} /> : null}
            {part.source === 'generated' && !table ? <p>{t('本表尚未生成。')}</p> : null}
            {COUNTING[part.key] && table ? <p className="hint">{t(`统计口径：${COUNTING[part.key]}`)}</p> : null}
          </PageSection>
        )
      })}
      {generated ? (
        <p className="hint">
          {t('第二、三部分的表格由本网站政策文件和依申请公开办理记录统计，生成于')} <DayTime value={generated.generatedAt} />
          {t('，报告发布后不再变化。')}
        </p>
      ) : null}
    </>
  )
}
