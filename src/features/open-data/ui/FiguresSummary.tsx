import { formatAverage, formatPercent, type MessageFigures } from '@/features/open-data/rules'

/** The year at a glance: six numbers, each with its unit in words. */
export function FiguresSummary({ figures, t }: { figures: MessageFigures; t: (text: string) => string }) {
  const items = [
    { label: '收到留言', value: `${figures.received}`, unit: '件' },
    { label: '已受理', value: `${figures.accepted}`, unit: '件' },
    { label: '已答复', value: `${figures.replied}`, unit: '件' },
    { label: '按时答复率', value: formatPercent(figures.onTimeRate), unit: '' },
    { label: '平均答复用时', value: formatAverage(figures.averageWorkingDays), unit: figures.averageWorkingDays === null ? '' : '个工作日' },
    { label: '满意率', value: formatPercent(figures.satisfactionRate), unit: '' },
  ]
  return (
    <dl className="od-summary">
      {items.map((item) => (
        <div key={item.label} className="od-summary__item">
          <dt>{t(item.label)}</dt>
          <dd>
            <span className="od-summary__value">{item.value}</span>
            {item.unit ? ` ${t(item.unit)}` : null}
          </dd>
        </div>
      ))}
    </dl>
  )
}
