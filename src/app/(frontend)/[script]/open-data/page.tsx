import { CountingRules } from '@/features/open-data/ui/CountingRules'
import { KindChart, MonthlyChart } from '@/features/open-data/ui/FigureCharts'
import { FiguresSummary } from '@/features/open-data/ui/FiguresSummary'
import { FiguresTable } from '@/features/open-data/ui/FiguresTable'
import { monthLabel } from '@/features/open-data/rules'
import { sectionPageMetadata } from '@/platform/site-shell/page-metadata'
import { readerScript } from '@/platform/site-shell/reader-script'
import type { PublicPageProps } from '@/platform/site-shell/page-props'
import { replyLimits } from '@/features/feedback/server/reply-limits'
import { formatDayTime } from '@/platform/site-shell/format-date'
import { cachedOpenDataFigures } from '@/features/open-data/server/cached'
import '@/features/open-data/ui/open-data.css'

export const generateMetadata = sectionPageMetadata('open-data', {
  description: '群众留言办理情况统计：每月收到、受理和答复的留言数量，按时答复率、平均答复用时和满意率，可下载 CSV 和 JSON。',
})

export default async function OpenDataPage({ params }: PublicPageProps) {
  const { script, t } = await readerScript(params)
  const [figures, limits] = await Promise.all([cachedOpenDataFigures(), replyLimits()])
  const period = `${monthLabel(figures.from)}至${monthLabel(figures.to)}`

  return (
    <div className="open-data">
      <h1>{t('公开数据：留言办理情况')}</h1>
      <p className="lead">
        {t(`群众通过本网站提交的咨询、建议、投诉、表扬和举报，${period}的办理情况。数据由系统自动统计，每 5 分钟更新一次。`)}
      </p>
      <p className="od-updated">
        {t('统计时间：')}
        <time dateTime={figures.generatedAt}>{formatDayTime(figures.generatedAt)}</time>
        {t('（北京时间）')}
      </p>

      <h2 id="summary">{t(`近 ${figures.months.length} 个月合计`)}</h2>
      <FiguresSummary figures={figures.total} t={t} />

      <h2 id="monthly">{t('每月情况')}</h2>
      <MonthlyChart figures={figures} t={t} />
      <FiguresTable
        id="table-monthly"
        caption={`每月留言办理情况（${period}）`}
        rowHeading="月份"
        rows={figures.months.map((m) => ({ key: m.month, name: monthLabel(m.month), figures: m }))}
        total={{ key: 'total', name: '合计', figures: figures.total }}
        t={t}
      />

      <h2 id="kinds">{t('按留言类型')}</h2>
      <KindChart figures={figures} t={t} />
      <FiguresTable
        id="table-kinds"
        caption={`按留言类型统计（${period}）`}
        rowHeading="类型"
        rows={figures.kinds.map((k) => ({ key: k.kind, name: k.label, figures: k }))}
        t={t}
      />

      <h2 id="departments">{t('按承办部门')}</h2>
      <p>{t('“未分配”是尚未交办给部门的留言，包括等待受理、不予受理和转办其他单位的留言。')}</p>
      {figures.departments.length > 0 ? (
        <FiguresTable
          id="table-departments"
          caption={`按承办部门统计（${period}）`}
          rowHeading="承办部门"
          rows={figures.departments.map((d) => ({ key: d.department, name: d.department, figures: d }))}
          t={t}
        />
      ) : (
        <p className="notice">{t('这段时间还没有留言。')}</p>
      )}

      <h2 id="downloads">{t('数据下载')}</h2>
      <p>{t('下载的数据与本页显示的数字相同，按月、按类型和按承办部门分组，可以自由使用。')}</p>
      <ul className="od-downloads">
        <li>
          <a href="/open-data/figures.csv" download>
            {t('下载 CSV 文件')}
          </a>{' '}
          {t('（UTF-8 编码，可用 Excel 或 WPS 打开；比率为百分数，空白表示无可计算的数据）')}
        </li>
        <li>
          <a href="/open-data/figures.json" type="application/json">
            {t('下载 JSON 文件')}
          </a>{' '}
          {t('（供开发者使用；比率为百分数，无可计算的数据时为 null）')}
        </li>
      </ul>

      <h2 id="rules">{t('统计口径')}</h2>
      <CountingRules limits={limits} t={t} />
      <p>
        {t('对数据有疑问，可以')} <a href="/feedback/new">{t('在线留言')}</a>
        {t('，或拨打')} <a href="tel:12320">12320</a>。
      </p>
    </div>
  )
}
