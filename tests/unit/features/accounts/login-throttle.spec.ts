import { describe, expect, it } from 'vitest'
import { THROTTLE, liveFailures, secondsToWait, throttleKeys, throttledMessage, waitAfter } from '@/features/accounts/rules/login-throttle'

describe('login throttle', () => {
  it('lets the free failures through, then doubles the wait up to 15 minutes', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((n) => waitAfter(n, 3))).toEqual([0, 0, 0, 5, 10, 20, 40])
    expect(waitAfter(100, 3)).toBe(THROTTLE.maxWaitSeconds)
  })

  it('counts the wait from the last failure and forgets after a day', () => {
    const now = new Date('2026-12-03T08:00:00Z')
    const count = { failures: 5, lastFailureAt: new Date(now.getTime() - 1500) }
    expect(secondsToWait(count, 3, now)).toBe(19)
    expect(secondsToWait({ failures: 5, lastFailureAt: new Date(now.getTime() - 21_000) }, 3, now)).toBe(0)
    expect(liveFailures({ failures: 9, lastFailureAt: new Date(now.getTime() - 25 * 3600_000) }, now)).toBe(0)
    expect(secondsToWait(undefined, 3, now)).toBe(0)
  })

  it('keys by the e-mail as typed and the address, never by the account alone for waits', () => {
    expect(throttleKeys(' Liu@Example.test ', '203.0.113.9')).toEqual({
      accountAddress: 'account:liu@example.test|ip:203.0.113.9',
      address: 'ip:203.0.113.9',
      account: 'account:liu@example.test',
    })
  })

  it('answers in Chinese with seconds or minutes', () => {
    expect(throttledMessage(8)).toContain('请 8 秒后再试')
    expect(throttledMessage(600)).toContain('请 10 分钟后再试')
  })
})
