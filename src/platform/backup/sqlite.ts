import fs from 'node:fs'
import path from 'node:path'
import { createClient, type Client } from '@libsql/client'

/** The file behind a `file:` URI (query string dropped), resolved against the working folder. */
export function sqliteFile(uri: string) {
  return path.resolve(uri.replace(/^file:(\/\/)?/, '').split('?')[0])
}

async function withClient<T>(file: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = createClient({ url: `file:${file}` })
  try {
    await client.execute('PRAGMA busy_timeout = 10000')
    return await work(client)
  } finally {
    client.close()
  }
}

/**
 * A consistent copy of a live database (WAL included) through `VACUUM INTO`, which reads one
 * snapshot while the server keeps writing; a plain file copy could catch half a transaction.
 */
export async function copySqliteDatabase(uri: string, destination: string) {
  if (!fs.existsSync(sqliteFile(uri))) throw new Error(`no database file at ${sqliteFile(uri)}`)
  await withClient(sqliteFile(uri), (client) => client.execute({ sql: 'VACUUM INTO ?', args: [destination] }))
}

/** Rows per table (SQLite's own tables left out). */
export async function countSqliteRows(file: string): Promise<Record<string, number>> {
  if (!fs.existsSync(file)) return {}
  return withClient(file, async (client) => {
    const tables = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")
    const counts: Record<string, number> = {}
    for (const row of tables.rows) {
      const name = String(row.name)
      const result = await client.execute(`SELECT count(*) AS n FROM "${name.replace(/"/g, '""')}"`)
      counts[name] = Number(result.rows[0].n)
    }
    return counts
  })
}

/** Puts a backed-up database file in place of the target, removing its WAL and shared-memory files. */
export function restoreSqliteDatabase(backupFile: string, uri: string) {
  const target = sqliteFile(uri)
  fs.mkdirSync(path.dirname(target), { recursive: true })
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(target + suffix, { force: true })
  fs.copyFileSync(backupFile, target)
}
