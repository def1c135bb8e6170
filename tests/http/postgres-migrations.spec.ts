import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createThrowawayDatabase, dropDatabase, queryDatabase } from '../setup/postgres'
import { startServer, type RunningServer } from '../setup/server-process'

const port = Number(process.env.E2E_PG_PORT || 3102)
let database: { name: string; uri: string }
let server: RunningServer

const skip = process.env.TEST_SKIP_POSTGRES === '1'

beforeAll(async () => {
  if (skip) return
  database = await createThrowawayDatabase('site_start')
  server = await startServer(port, { ...inject('serverEnv'), DATABASE_URI: database.uri, SERVER_URL: `http://127.0.0.1:${port}` })
})

afterAll(async () => {
  await server?.stop()
  if (database) await dropDatabase(database.name)
})

describe.skipIf(skip)('`npm start` on a fresh PostgreSQL database', () => {
  it('applies the migrations by itself at start-up', async () => {
    const rows = await queryDatabase<{ name: string }>(database.uri, 'SELECT name FROM payload_migrations ORDER BY name')
    expect(rows.map((row) => row.name).some((name) => name.endsWith('_initial'))).toBe(true)
    const tables = await queryDatabase<{ table_name: string }>(
      database.uri,
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
    )
    expect(tables.map((row) => row.table_name)).toEqual(expect.arrayContaining(['users', 'site_settings']))
  })

  it('serves the API from PostgreSQL, with access rules in force, and creates no demo accounts', async () => {
    const response = await fetch(`${server.url}/api/users`)
    expect(response.status).toBe(403)
    const settings = await fetch(`${server.url}/api/globals/site-settings`)
    expect(settings.status).toBe(200)
    expect((await settings.json()).siteName).toBeTruthy()
    const users = await queryDatabase<{ count: string }>(database.uri, 'SELECT count(*) FROM users')
    expect(users[0].count).toBe('0')
  })
})
