/**
 * Login throttling instead of lockout. Failures are counted per account *and address* and per
 * address; each count beyond its free allowance doubles the wait (from 5 s) before the next try from
 * there, up to 15 minutes. Nothing waits on the account alone, so failing from many addresses slows only
 * those addresses and never locks the owner out; the account-wide count only tells the owner
 * (by e-mail) that someone is trying. A count is forgotten a day after its last failure.
 */
export const THROTTLE = {
  /** Failures of one account from one address before waits begin. */
  freePerAccountAddress: 3,
  /** Failures from one address (any accounts) before waits begin. */
  freePerAddress: 10,
  maxWaitSeconds: 15 * 60,
  /** Account-wide failures (any addresses) that make us tell the owner, at most once a day. */
  notifyOwnerAfter: 5,
  forgetAfterSeconds: 24 * 60 * 60,
} as const

export type ThrottleCount = { failures: number; lastFailureAt?: Date | string | null }

/** The wait after `failures` failures with `free` of them allowed: 0, then 5, 10, 20, … seconds. */
export function waitAfter(failures: number, free: number): number {
  if (failures < free) return 0
  return Math.min(THROTTLE.maxWaitSeconds, 5 * 2 ** Math.min(failures - free, 20))
}

const timeOf = (value: Date | string | null | undefined) => (value ? new Date(value).getTime() : Number.NaN)

/** Failures still counted at `now` (0 once a day has passed since the last one). */
export function liveFailures(count: ThrottleCount | undefined, now: Date): number {
  if (!count) return 0
  const last = timeOf(count.lastFailureAt)
  if (!Number.isFinite(last) || now.getTime() - last > THROTTLE.forgetAfterSeconds * 1000) return 0
  return count.failures
}

/** Seconds left before the next try is allowed, rounded up; 0 when it may go ahead now. */
export function secondsToWait(count: ThrottleCount | undefined, free: number, now: Date): number {
  const failures = liveFailures(count, now)
  const wait = waitAfter(failures, free)
  if (wait === 0 || !count) return 0
  const left = timeOf(count.lastFailureAt) + wait * 1000 - now.getTime()
  return left > 0 ? Math.ceil(left / 1000) : 0
}

export type ThrottleKeys = { accountAddress: string; address: string; account: string }

/** The three counters of a login: lower-cased e-mail as typed (known or not) and the address. */
export function throttleKeys(email: string, address: string): ThrottleKeys {
  const account = `account:${email.trim().toLowerCase().slice(0, 254)}`
  const from = `ip:${address.slice(0, 64)}`
  return { accountAddress: `${account}|${from}`, address: from, account }
}

/** The Chinese answer to a throttled try: the same for known and unknown accounts. */
export function throttledMessage(seconds: number): string {
  const wait = seconds >= 120 ? `${Math.ceil(seconds / 60)} 分钟` : `${seconds} 秒`
  return `登录失败次数较多，为保护账户安全，请 ${wait}后再试。如忘记密码，可使用“忘记密码”重新设置。`
}
