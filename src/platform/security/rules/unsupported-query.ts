/**
 * Query-string filters that Payload's SQL adapters cannot run and answer with a 500: geographic
 * operators (we have no point fields, and SQLite has none at all) and numbers too large to be
 * numbers (`1e309` becomes Infinity), objects given to an operator (`[equals][$gt]`), and dates it cannot read. Refused up front with a 400 instead.
 */
const GEO_OPERATOR = /\[(near|within|intersects)\]/i
/** An operator followed by another key (`[equals][$gt]`): an object where a value belongs. `[in][0]` lists stay. */
const NESTED_AFTER_OPERATOR = /\[(equals|not_equals|like|not_like|contains|in|not_in|all|exists|greater_than|greater_than_equal|less_than|less_than_equal)\]\[(?!\d+\])/i
const PAGING = new Set(['limit', 'page'])
const NUMERIC = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i

export const UNSUPPORTED_QUERY_MESSAGE = '查询条件无效：不支持地理位置条件或超出范围的数字。'
export const MALFORMED_WHERE_MESSAGE = '查询条件格式不正确，请按“where[字段][条件]=值”的格式填写。'
export const INVALID_DATE_MESSAGE = '查询条件无效：日期格式不正确，请使用如 2026-01-31 的日期。'

/**
 * A comparison on a date field (`where[createdAt][greater_than]=…`): its last two key segments.
 * Lists (`in`, `not_in`, `all`) are left out: Payload drops the dates in them it cannot read.
 */
const DATE_COMPARISON = /\[([^[\]]+)\]\[(equals|not_equals|like|not_like|contains|greater_than|greater_than_equal|less_than|less_than_equal)\]$/i
/**
 * Our date fields are named `at`, `date`, `date…` (`dateWritten`), `…At` (`createdAt`, `dueAt`) or
 * `reviewReminderSentFor`; no field of another type is named so.
 */
const DATE_FIELD_NAME = /^(at|date|date[A-Z]\w*|\w+At|reviewReminderSentFor)$/

/**
 * Payload turns a date it cannot read into `undefined`, which the SQL adapter refuses with a 500.
 * Empty and `null` it treats as NULL, so they stay.
 */
export function isUnreadableDateFilter(key: string, value: string): boolean {
  const match = DATE_COMPARISON.exec(key)
  if (!match) return false
  const field = match[1].split('.').pop() ?? ''
  if (!DATE_FIELD_NAME.test(field)) return false
  if (value === '' || value === 'null') return false
  return Number.isNaN(new Date(value).getTime())
}

export function unsupportedQuery(params: URLSearchParams): string | null {
  for (const [key, value] of params) {
    // `limit=1e308` is a finite number, but no SQL LIMIT or OFFSET takes it.
    if (PAGING.has(key) && NUMERIC.test(value.trim()) && Math.abs(Number(value)) > Number.MAX_SAFE_INTEGER) return UNSUPPORTED_QUERY_MESSAGE
    if (!key.startsWith('where')) continue
    // `where=text`: a string where Payload expects an object of conditions.
    if (key === 'where') return MALFORMED_WHERE_MESSAGE
    if (GEO_OPERATOR.test(key) || NESTED_AFTER_OPERATOR.test(key)) return UNSUPPORTED_QUERY_MESSAGE
    if (NUMERIC.test(value.trim()) && !Number.isFinite(Number(value))) return UNSUPPORTED_QUERY_MESSAGE
    if (isUnreadableDateFilter(key, value)) return INVALID_DATE_MESSAGE
  }
  return null
}
