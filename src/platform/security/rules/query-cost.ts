/**
 * What one API request may ask the database for. Payload builds one SQL condition per `where`
 * leaf and one nested group per `and`/`or`: 20,000 `or` conditions kept the server busy for six
 * seconds, and every other visitor waited. These ceilings are far above anything the admin or a
 * page of ours sends (the admin's list filters use a handful of conditions and pages of 100).
 */
export const MAX_WHERE_CONDITIONS = 100
/** `and`/`or` groups inside one another. */
export const MAX_WHERE_NESTING = 5
/** Values in one `in`/`not_in`/`all` list (the admin's bulk actions list the selected ids). */
export const MAX_LIST_VALUES = 500
/** Documents per page through the API (the admin offers 5 to 100). */
export const MAX_PAGE_SIZE = 100
/** Pages beyond this ask the database to skip 100,000 rows; nobody pages that far by hand. */
export const MAX_PAGE = 1000

export const TOO_MANY_CONDITIONS_MESSAGE = `查询条件过多：一次最多 ${MAX_WHERE_CONDITIONS} 个条件、${MAX_WHERE_NESTING} 层“且/或”嵌套，请简化后再查询。`
export const TOO_LONG_LIST_MESSAGE = `查询条件中的列表过长：一个列表最多 ${MAX_LIST_VALUES} 个值，请分批查询。`
export const PAGE_SIZE_MESSAGE = `每页最多返回 ${MAX_PAGE_SIZE} 条，请使用 1 到 ${MAX_PAGE_SIZE} 之间的 limit 并分页查询。`
export const PAGE_NUMBER_MESSAGE = `页码最多为 ${MAX_PAGE}，请缩小查询范围。`

export type WhereCost = { conditions: number; nesting: number; longestList: number }

const GROUP = /^(and|or)$/i
const LIST_OPERATOR = /^(in|not_in|all)$/i

/** The cost of a `where` object as Payload receives it (parsed REST query, GraphQL argument or variables). */
export function whereCost(where: unknown): WhereCost {
  const cost: WhereCost = { conditions: 0, nesting: 0, longestList: 0 }
  const visit = (value: unknown, nesting: number) => {
    if (value === null || typeof value !== 'object') {
      cost.conditions += 1
      return
    }
    const entries = Array.isArray(value) ? value.map((item, index) => [String(index), item] as const) : Object.entries(value)
    if (entries.length === 0) cost.conditions += 1
    for (const [key, item] of entries) {
      if (LIST_OPERATOR.test(key) && Array.isArray(item)) {
        cost.conditions += 1
        cost.longestList = Math.max(cost.longestList, item.length)
        continue
      }
      const deeper = GROUP.test(key) ? nesting + 1 : nesting
      cost.nesting = Math.max(cost.nesting, deeper)
      visit(item, deeper)
    }
  }
  visit(where, 0)
  return cost
}

/**
 * The same cost, counted from the keys of a query string (`where[or][3][title][like]=…`) before
 * anything parses them: each key is one condition, except the items of one list.
 */
export function queryStringWhereCost(params: URLSearchParams): WhereCost {
  let conditions = 0
  const lists = new Map<string, number>()
  let nesting = 0
  for (const [key, value] of params) {
    if (!key.startsWith('where')) continue
    const segments = key.slice('where'.length).split(/[[\]]+/).filter(Boolean)
    nesting = Math.max(nesting, segments.filter((segment) => GROUP.test(segment)).length)
    const listAt = segments.findIndex((segment) => LIST_OPERATOR.test(segment))
    if (listAt < 0) {
      conditions += 1
      continue
    }
    const list = segments.slice(0, listAt + 1).join('.')
    if (!lists.has(list)) conditions += 1
    // `where[id][in][0]=1&where[id][in][1]=2`, or one comma-separated value `where[id][in]=1,2`.
    const values = listAt < segments.length - 1 ? 1 : value.split(',').length
    lists.set(list, (lists.get(list) ?? 0) + values)
  }
  return { conditions, nesting, longestList: Math.max(0, ...lists.values()) }
}

/** The Chinese refusal for a `where` beyond the ceilings, or null. */
export function whereCostRefusal(cost: WhereCost): string | null {
  if (cost.conditions > MAX_WHERE_CONDITIONS || cost.nesting > MAX_WHERE_NESTING) return TOO_MANY_CONDITIONS_MESSAGE
  if (cost.longestList > MAX_LIST_VALUES) return TOO_LONG_LIST_MESSAGE
  return null
}

const WHOLE_NUMBER = /^\s*[-+]?\d+\s*$/

/**
 * Paging asked of a read: a page size above MAX_PAGE_SIZE, `limit=0` or `pagination=false` (both
 * mean "everything") or a page beyond MAX_PAGE. Values that are no whole number are left to Payload,
 * which ignores them.
 */
export function pagingRefusal({ limit, page, pagination }: { limit?: unknown; page?: unknown; pagination?: unknown }): string | null {
  if (pagination === false || String(pagination).trim().toLowerCase() === 'false') return PAGE_SIZE_MESSAGE
  const asNumber = (value: unknown) => (typeof value === 'number' ? value : typeof value === 'string' && WHOLE_NUMBER.test(value) ? Number(value) : null)
  const size = asNumber(limit)
  if (size !== null && (size <= 0 || size > MAX_PAGE_SIZE)) return PAGE_SIZE_MESSAGE
  const number = asNumber(page)
  if (number !== null && number > MAX_PAGE) return PAGE_NUMBER_MESSAGE
  return null
}
