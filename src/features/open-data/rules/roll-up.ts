import { EMPTY_COUNTS, type MessageCounts } from './figures'

/** The counts of one month, kind and department (null: none), as one grouped query returns them. */
export type CountsCell = { month: string; kind: string; departmentId: number | null; counts: MessageCounts }

/** The cells summed up by each grouping the figures show; departments still by id. */
export type RolledUpCounts = {
  total: MessageCounts
  byMonth: { month: string; counts: MessageCounts }[]
  byKind: { kind: string; counts: MessageCounts }[]
  byDepartment: { departmentId: number | null; counts: MessageCounts }[]
}

export function addCounts(a: MessageCounts, b: MessageCounts): MessageCounts {
  const sum = { ...a }
  for (const key of Object.keys(EMPTY_COUNTS) as (keyof MessageCounts)[]) sum[key] += b[key]
  return sum
}

function sumBy<K>(cells: CountsCell[], keyOf: (cell: CountsCell) => K): [K, MessageCounts][] {
  const sums = new Map<K, MessageCounts>()
  for (const cell of cells) sums.set(keyOf(cell), addCounts(sums.get(keyOf(cell)) ?? EMPTY_COUNTS, cell.counts))
  return [...sums]
}

/**
 * Total, month, kind and department from the finest grouping: every count is a whole number
 * summed over messages, so summing the cells gives what four separate grouped queries gave, with
 * one pass over the messages instead of four.
 */
export function rollUpCells(cells: CountsCell[]): RolledUpCounts {
  return {
    total: cells.reduce((sum, cell) => addCounts(sum, cell.counts), EMPTY_COUNTS),
    byMonth: sumBy(cells, (cell) => cell.month).map(([month, counts]) => ({ month, counts })),
    byKind: sumBy(cells, (cell) => cell.kind).map(([kind, counts]) => ({ kind, counts })),
    byDepartment: sumBy(cells, (cell) => cell.departmentId).map(([departmentId, counts]) => ({ departmentId, counts })),
  }
}
