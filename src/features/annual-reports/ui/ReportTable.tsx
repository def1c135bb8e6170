import type { ReportColumn, ReportRow, ReportTable as Table } from '@/features/annual-reports/rules'

type Props = { table: Table; t: (text: string) => string }

/** Consecutive columns under one group heading (法人或其他组织), or one column standing alone. */
function columnRuns(columns: ReportColumn[]) {
  const runs: { group?: string; columns: ReportColumn[] }[] = []
  for (const column of columns) {
    const last = runs.at(-1)
    if (column.group && last?.group === column.group) last.columns.push(column)
    else runs.push({ group: column.group, columns: [column] })
  }
  return runs
}

/** The rows in groups: a heading row (三、本年度办理结果) opens a group holding the rows beneath it. */
function rowGroups(rows: ReportRow[]) {
  const groups: ReportRow[][] = []
  for (const row of rows) {
    const open = groups.at(-1)
    if (row.values === null || !open || (row.level === 1 && open[0].values === null)) groups.push([row])
    else open.push(row)
  }
  return groups
}

/**
 * A table of the report as a real table: caption, column and row headers with their scope, a
 * group heading over 法人或其他组织. Wide on a phone, so it scrolls sideways inside a labelled
 * region keyboard users can focus, instead of widening the page.
 */
export function ReportTable({ table, t }: Props) {
  const id = `report-table-${table.key}`
  const runs = columnRuns(table.columns)
  const grouped = runs.some((run) => run.group)
  const width = table.columns.length + 1
  return (
    <div className="report-table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className="report-table" id={id}>
        <caption id={`${id}-caption`}>{t(table.caption)}</caption>
        {grouped ? <colgroup /> : null}
        {grouped ? runs.map((run, i) => (run.group ? <colgroup key={i} span={run.columns.length} /> : <colgroup key={i} />)) : null}
        <thead>
          <tr>
            <th scope="col" rowSpan={grouped ? 2 : undefined}>{t(table.corner)}</th>
            {runs.map((run, i) =>
              run.group ? (
                <th key={i} scope="colgroup" colSpan={run.columns.length}>{t(run.group)}</th>
              ) : (
                <th key={i} scope="col" rowSpan={grouped ? 2 : undefined}>{t(run.columns[0].label)}</th>
              ),
            )}
          </tr>
          {grouped ? (
            <tr>
              {runs.flatMap((run) => (run.group ? run.columns : [])).map((column) => (
                <th key={column.label} scope="col">{t(column.label)}</th>
              ))}
            </tr>
          ) : null}
        </thead>
        {rowGroups(table.rows).map((group) => (
          <tbody key={group[0].key}>
            {group.map((row) =>
              row.values === null ? (
                <tr key={row.key} className="report-table__heading">
                  <th scope="rowgroup" colSpan={width}>{t(row.label)}</th>
                </tr>
              ) : (
                <tr key={row.key} className={row.total ? 'report-table__total' : undefined}>
                  <th scope="row" className={`report-table__level-${row.level}`}>{t(row.label)}</th>
                  {row.values.map((value, i) => (
                    <td key={i}>{value}</td>
                  ))}
                </tr>
              ),
            )}
          </tbody>
        ))}
      </table>
    </div>
  )
}
