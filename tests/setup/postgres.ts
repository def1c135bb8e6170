import pg from 'pg'

/** The PostgreSQL server our machines and CI run (trust auth). */
export const POSTGRES_ADMIN_URI = process.env.TEST_POSTGRES_URI || 'postgres://postgres@127.0.0.1:5432/postgres'

export function databaseUri(name: string) {
  const url = new URL(POSTGRES_ADMIN_URI)
  url.pathname = `/${name}`
  return url.toString()
}

async function withAdminClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URI, connectionTimeoutMillis: 5000 })
  try {
    await client.connect()
  } catch (error) {
    throw new Error(
      `PostgreSQL is unreachable at ${POSTGRES_ADMIN_URI} (${String(error)}). Start it with: ` +
        'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start',
    )
  }
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/** A fresh, uniquely named database for one test file or server run. */
export async function createThrowawayDatabase(prefix: string): Promise<{ name: string; uri: string }> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`
  await withAdminClient((client) => client.query(`CREATE DATABASE "${name}"`))
  return { name, uri: databaseUri(name) }
}

export async function dropDatabase(name: string) {
  await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))
}

export async function dropDatabasesStartingWith(prefix: string) {
  await withAdminClient(async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
      [prefix],
    )
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`)
  })
}

/** Fails with the command to run when PostgreSQL is down: CI must never skip these tests. */
export async function assertPostgresReachable() {
  await withAdminClient((client) => client.query('SELECT 1'))
}

export async function queryDatabase<T extends pg.QueryResultRow>(uri: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    return (await client.query<T>(sql)).rows
  } finally {
    await client.end()
  }
}
