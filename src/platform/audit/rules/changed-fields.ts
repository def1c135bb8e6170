// Which top-level fields an update changed, by name only: the audit log never holds the values,
// because some collections (residents' messages) carry personal data.

type Doc = Record<string, unknown>

/** Fields every save touches or that the audit entry states otherwise (the status becomes the action). */
const ALWAYS_IGNORED = new Set(['id', 'createdAt', 'updatedAt', '_status', 'deletedAt'])

/**
 * A related document may arrive populated on one side and as an id on the other (the previous
 * state is read at depth 0): a nested object with an id and timestamps stands for its id.
 */
function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise)
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const record = value as Doc
    if ('id' in record && ('createdAt' in record || 'updatedAt' in record)) return record.id
    const sorted: Doc = {}
    for (const key of Object.keys(record).sort()) sorted[key] = normalise(record[key])
    return sorted
  }
  if (value instanceof Date) return value.toISOString()
  return value ?? null
}

const same = (a: unknown, b: unknown) => JSON.stringify(normalise(a)) === JSON.stringify(normalise(b))

/** Names of the top-level fields whose values differ, in the order of the new document. */
export function changedFields(before: Doc | null | undefined, after: Doc, ignore: readonly string[] = []): string[] {
  const skip = new Set([...ALWAYS_IGNORED, ...ignore])
  const names = [...new Set([...Object.keys(after), ...Object.keys(before ?? {})])]
  return names.filter((name) => !skip.has(name) && !same(before?.[name], after[name]))
}

/** "字段：a、b、c" with at most `limit` names, so a huge form does not make a huge entry. */
export function fieldList(names: string[], limit = 12): string {
  if (names.length === 0) return '未改动字段'
  const shown = names.slice(0, limit).join('、')
  return `字段：${shown}${names.length > limit ? ` 等 ${names.length} 个` : ''}`
}
