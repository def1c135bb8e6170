/**
 * What a backup holds, written next to the database dump: row counts per table and the size and
 * SHA-256 of every upload file. Restore compares the restored copy against it.
 */
export const BACKUP_FORMAT = 1

export type DatabaseDialect = 'sqlite' | 'postgres'

export type UploadEntry = { path: string; size: number; sha256: string }

export type BackupManifest = {
  format: typeof BACKUP_FORMAT
  createdAt: string
  database: { dialect: DatabaseDialect; file: string; tables: Record<string, number> }
  uploads: UploadEntry[]
}

export function buildManifest(input: {
  createdAt: Date
  dialect: DatabaseDialect
  databaseFile: string
  tables: Record<string, number>
  uploads: UploadEntry[]
}): BackupManifest {
  const tables = Object.fromEntries(Object.entries(input.tables).sort(([a], [b]) => a.localeCompare(b)))
  const uploads = [...input.uploads].sort((a, b) => a.path.localeCompare(b.path))
  for (const entry of uploads) assertSafeUploadPath(entry.path)
  return {
    format: BACKUP_FORMAT,
    createdAt: input.createdAt.toISOString(),
    database: { dialect: input.dialect, file: input.databaseFile, tables },
    uploads,
  }
}

/** Upload paths are relative, forward-slashed and never leave the uploads folder. */
export function assertSafeUploadPath(relative: string) {
  const parts = relative.split('/')
  if (relative.startsWith('/') || relative.includes('\\') || parts.some((p) => p === '' || p === '.' || p === '..')) {
    throw new Error(`unsafe upload path in manifest: ${JSON.stringify(relative)}`)
  }
}

/** Reads a manifest from JSON, refusing anything that is not one this code wrote. */
export function parseManifest(json: string): BackupManifest {
  const value = JSON.parse(json) as Partial<BackupManifest>
  if (value?.format !== BACKUP_FORMAT) throw new Error(`unknown backup format ${String(value?.format)}`)
  const db = value.database
  if (!db || (db.dialect !== 'sqlite' && db.dialect !== 'postgres') || typeof db.file !== 'string' || typeof db.tables !== 'object') {
    throw new Error('backup manifest has no valid database section')
  }
  if (!Array.isArray(value.uploads)) throw new Error('backup manifest has no uploads list')
  for (const entry of value.uploads) {
    if (typeof entry?.path !== 'string' || typeof entry.size !== 'number' || !/^[0-9a-f]{64}$/.test(entry.sha256)) {
      throw new Error(`backup manifest has an invalid upload entry: ${JSON.stringify(entry)}`)
    }
    assertSafeUploadPath(entry.path)
  }
  return value as BackupManifest
}

export type ManifestDifference =
  | { kind: 'table-missing'; table: string; expected: number }
  | { kind: 'table-extra'; table: string; actual: number }
  | { kind: 'row-count'; table: string; expected: number; actual: number }
  | { kind: 'upload-missing'; path: string }
  | { kind: 'upload-extra'; path: string }
  | { kind: 'upload-changed'; path: string; expected: UploadEntry; actual: UploadEntry }

/** Every way the restored copy differs from what the backup recorded; empty when they match. */
export function compareManifest(
  expected: Pick<BackupManifest, 'database' | 'uploads'>,
  actual: { tables: Record<string, number>; uploads: UploadEntry[] },
): ManifestDifference[] {
  const differences: ManifestDifference[] = []
  for (const [table, count] of Object.entries(expected.database.tables)) {
    if (!(table in actual.tables)) differences.push({ kind: 'table-missing', table, expected: count })
    else if (actual.tables[table] !== count) differences.push({ kind: 'row-count', table, expected: count, actual: actual.tables[table] })
  }
  for (const [table, count] of Object.entries(actual.tables)) {
    if (!(table in expected.database.tables)) differences.push({ kind: 'table-extra', table, actual: count })
  }
  const actualByPath = new Map(actual.uploads.map((u) => [u.path, u]))
  for (const entry of expected.uploads) {
    const found = actualByPath.get(entry.path)
    if (!found) differences.push({ kind: 'upload-missing', path: entry.path })
    else if (found.sha256 !== entry.sha256 || found.size !== entry.size) differences.push({ kind: 'upload-changed', path: entry.path, expected: entry, actual: found })
    actualByPath.delete(entry.path)
  }
  for (const path of actualByPath.keys()) differences.push({ kind: 'upload-extra', path })
  return differences
}

export function describeDifference(d: ManifestDifference): string {
  switch (d.kind) {
    case 'table-missing': return `table ${d.table} is missing (expected ${d.expected} rows)`
    case 'table-extra': return `table ${d.table} was not in the backup (${d.actual} rows)`
    case 'row-count': return `table ${d.table}: expected ${d.expected} rows, found ${d.actual}`
    case 'upload-missing': return `upload ${d.path} is missing`
    case 'upload-extra': return `upload ${d.path} was not in the backup`
    case 'upload-changed': return `upload ${d.path} differs (expected ${d.expected.size} bytes ${d.expected.sha256.slice(0, 12)}…, found ${d.actual.size} bytes ${d.actual.sha256.slice(0, 12)}…)`
  }
}

export function totalRows(tables: Record<string, number>) {
  return Object.values(tables).reduce((sum, n) => sum + n, 0)
}
