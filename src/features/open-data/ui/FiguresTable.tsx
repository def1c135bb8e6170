import { FIGURE_COLUMNS, formatAverage, formatPercent, type MessageFigures } from '@/features/open-data/rules'

type Row = { key: string; name: string; figures: MessageFigures }

type Props = {
  id: string
  caption: string
  /** Heading of the first column: 月份, 类型 or 承办部门. */
  rowHeading: string
  rows: Row[]
  total?: Row
  t: (text: string) => string
}

const RATES = new Set<keyof MessageFigures>(['onTimeRate', 'satisfactionRate'])

function cell(figures: MessageFigures, key: keyof MessageFigures) {
  const value = figures[key]
  if (RATES.has(key)) return formatPercent(value)
  if (key === 'averageWorkingDays') return formatAverage(value)
  return value === null ? '—' : String(value)
}

/**
 * The figures behind a chart, as a real table. Wide on a phone, so it scrolls sideways inside
 * a labelled region that keyboard users can focus and scroll, instead of widening the page.
 */
export function FiguresTable({ id, caption, rowHeading, rows, total, t }: Props) {
  const line = (row: Row, className?: string) => (
    <tr key={row.key} className={className}>
      <th scope="row">{t(row.name)}</th>
      {FIGURE_COLUMNS.map((column) => (
        <td key={column.key}>{cell(row.figures, column.key)}</td>
      ))}
    </tr>
  )
  return (
    <div className="od-table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className="od-table">
        <caption id={`${id}-caption`}>{t(caption)}</caption>
        <thead>
          <tr>
            <th scope="col">{t(rowHeading)}</th>
            {FIGURE_COLUMNS.map((column) => (
              <th key={column.key} scope="col">
                {t(column.label)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{rows.map((row) => line(row))}</tbody>
        {total ? <tfoot>{line(total, 'od-table__total')}</tfoot> : null}
      </table>
    </div>
  )
}
