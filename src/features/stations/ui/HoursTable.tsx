import { weeklyTable, type OpeningHours } from '@/features/stations/rules'
import { textIn, type Script } from '@/platform/site-shell/chinese-script'

/** The usual week as a table; today's row is marked for screen readers and sighted readers alike. */
export function HoursTable({ hours, script, today }: { hours: OpeningHours; script: Script; today?: number }) {
  const t = textIn(script)
  return (
    <table className="hours-table">
      <caption>{t('每周开放时间')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('星期')}</th>
          <th scope="col">{t('时间')}</th>
        </tr>
      </thead>
      <tbody>
        {weeklyTable(hours).map((row) => (
          <tr key={row.weekday} className={row.weekday === today ? 'hours-table__today' : undefined}>
            <th scope="row">
              {t(row.label)}
              {row.weekday === today ? t('（今天）') : ''}
            </th>
            <td>{row.times}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
