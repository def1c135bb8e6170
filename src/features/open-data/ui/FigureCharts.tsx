import { barChart, monthLabel, type BarCategory, type OpenDataFigures } from '@/features/open-data/rules'
import { BarChart } from './BarChart'

type Text = (text: string) => string

type ChartProps = {
  id: string
  title: string
  description: string
  categories: BarCategory[]
  counts: { received: number; replied: number }[]
  height: number
  t: Text
}

/**
 * Received and replied side by side for each category; title and description in Simplified.
 * 480 units wide: on a 360 px phone the labels still come out at about 9 px.
 */
function ReceivedRepliedChart({ id, title, description, categories, counts, height, t }: ChartProps) {
  const geometry = barChart({
    categories,
    series: [
      { key: 'received', label: '收到', values: counts.map((c) => c.received) },
      { key: 'replied', label: '已答复', values: counts.map((c) => c.replied) },
    ],
    width: 480,
    height,
  })
  return <BarChart id={id} title={t(title)} description={t(description)} geometry={geometry} legend={[t('收到留言'), t('已答复')]} />
}

const largest = (rows: { name: string; value: number }[]) => rows.reduce((best, row) => (row.value > best.value ? row : best), rows[0])

function monthlyDescription(figures: OpenDataFigures) {
  const busiest = largest(figures.months.map((m) => ({ name: monthLabel(m.month), value: m.received })))
  const total = figures.total
  return (
    `${monthLabel(figures.from)}至${monthLabel(figures.to)}每月收到和答复的留言数量，共收到 ${total.received} 件，答复 ${total.replied} 件。` +
    (busiest && busiest.value > 0 ? `收到最多的是${busiest.name}，${busiest.value} 件。` : '') +
    '各月数字见下表。'
  )
}

export function MonthlyChart({ figures, t }: { figures: OpenDataFigures; t: Text }) {
  const categories = figures.months.map((m, i) => ({
    label: monthLabel(m.month, 'short'),
    // The year under each January, and under the first month unless a January follows at once.
    sublabel: m.month.endsWith('-01') || (i === 0 && !m.month.endsWith('-12')) ? m.month.slice(0, 4) : undefined,
  }))
  return (
    <ReceivedRepliedChart
      id="chart-monthly"
      title="每月收到和答复的留言数量"
      description={monthlyDescription(figures)}
      categories={categories}
      counts={figures.months}
      height={260}
      t={t}
    />
  )
}

export function KindChart({ figures, t }: { figures: OpenDataFigures; t: Text }) {
  const parts = figures.kinds.map((k) => `${k.label}收到 ${k.received} 件、答复 ${k.replied} 件`)
  return (
    <ReceivedRepliedChart
      id="chart-kinds"
      title="各类留言收到和答复的数量"
      description={`按留言类型统计的收到和答复数量：${parts.join('；')}。`}
      categories={figures.kinds.map((k) => ({ label: t(k.label) }))}
      counts={figures.kinds}
      height={220}
      t={t}
    />
  )
}
