import { describe, expect, it } from 'vitest'
import { isDatabaseUnavailableError, retryAfterSeconds } from '@/platform/database/rules/database-unavailable'

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code })

describe('database unavailable errors', () => {
  it('recognises a PostgreSQL restart, a refused connection and a pool timeout', () => {
    expect(isDatabaseUnavailableError(withCode('57P01', 'terminating connection due to administrator command'))).toBe(true)
    expect(isDatabaseUnavailableError(withCode('57P03', 'the database system is starting up'))).toBe(true)
    expect(isDatabaseUnavailableError(withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'))).toBe(true)
    expect(isDatabaseUnavailableError(new Error('timeout exceeded when trying to connect'))).toBe(true)
    expect(isDatabaseUnavailableError(new Error('Connection terminated unexpectedly'))).toBe(true)
  })

  it('looks through the wrappers drizzle and Payload put around the driver error', () => {
    const driver = withCode('ECONNREFUSED')
    const drizzle = new Error('Failed query: select 1', { cause: driver })
    expect(isDatabaseUnavailableError(new Error('outer', { cause: drizzle }))).toBe(true)
  })

  it('leaves real bugs and bad data alone', () => {
    expect(isDatabaseUnavailableError(withCode('23505', 'duplicate key value violates unique constraint'))).toBe(false)
    expect(isDatabaseUnavailableError(withCode('42P01', 'relation "x" does not exist'))).toBe(false)
    expect(isDatabaseUnavailableError(new TypeError('cannot read properties of undefined'))).toBe(false)
    expect(isDatabaseUnavailableError(null)).toBe(false)
    expect(isDatabaseUnavailableError('ECONNREFUSED')).toBe(false)
  })

  it('does not loop on a cause cycle', () => {
    const a = new Error('a') as Error & { cause?: unknown }
    a.cause = a
    expect(isDatabaseUnavailableError(a)).toBe(false)
  })

  it('asks clients to wait a few seconds, more the longer it lasts', () => {
    expect(retryAfterSeconds(0)).toBe(5)
    expect(retryAfterSeconds(20_000)).toBe(10)
    expect(retryAfterSeconds(10 * 60_000)).toBe(30)
  })
})
