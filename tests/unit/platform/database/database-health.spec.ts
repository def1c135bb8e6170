import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
import type { AfterErrorHookArgs } from 'payload'
import { answerDatabaseOutage, DATABASE_OUTAGE_MESSAGE } from '@/platform/database/answerDatabaseOutage'
import { databaseOutage, noteDatabaseError, watchDatabase } from '@/platform/database/database-health'
import { serviceUnavailablePage } from '@/platform/errors/refusal-pages'

const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })
const waitFor = async (check: () => boolean, ms = 5000) => {
  const deadline = Date.now() + ms
  while (!check() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
  return check()
}

describe('database health as the proxy sees it', () => {
  it('turns the 503 answer on for an unreachable database and off once the probe succeeds', async () => {
    let up = false
    const pool = new EventEmitter()
    watchDatabase({ pool, probe: async () => { if (!up) throw refused() } })
    expect(databaseOutage()).toBeNull()

    expect(noteDatabaseError(new Error('duplicate key value'))).toBe(false)
    expect(databaseOutage()).toBeNull()

    // A restart closes idle pooled connections: the pool's 'error' event, which must not crash.
    pool.emit('error', Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))
    expect(databaseOutage()).toEqual({ retryAfter: 5 })
    await new Promise((resolve) => setTimeout(resolve, 1200))
    expect(databaseOutage()).not.toBeNull()

    up = true
    expect(await waitFor(() => databaseOutage() === null)).toBe(true)
  })

  it('says in Chinese that nothing was saved and when to try again', () => {
    const page = serviceUnavailablePage(10)
    expect(page).toContain('系统暂时无法访问')
    expect(page).toContain('没有</strong>保存')
    expect(page).toContain('约 10 秒后')
    expect(page).toContain('12320')
  })
})

describe('API requests during a database outage', () => {
  it('answer 503 in Chinese when the database is unreachable, and leave other errors to Payload', async () => {
    let up = false
    watchDatabase({ probe: async () => { if (!up) throw refused() } })
    const args = (error: Error) => ({ error, req: {}, context: {} }) as unknown as AfterErrorHookArgs
    expect(await answerDatabaseOutage(args(new Error('duplicate key value')))).toBeUndefined()
    expect(databaseOutage()).toBeNull()
    const answer = await answerDatabaseOutage(args(refused()))
    expect(answer).toEqual({ status: 503, response: { errors: [{ message: DATABASE_OUTAGE_MESSAGE }], retryAfter: 5 } })
    up = true
    expect(await waitFor(() => databaseOutage() === null)).toBe(true)
  })
})
