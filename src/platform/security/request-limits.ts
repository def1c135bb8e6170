import { clientLimitKeyOf } from './client-ip'
import { consume, waitFor, type LimitName } from './rate-limits'

/** Site-wide ceilings count every visitor together; the others count per address (IPv6 per /64). */
const keyOf = (name: LimitName, headers: Headers) => (name.endsWith('SiteWide') ? 'site' : clientLimitKeyOf(headers))

/** Counts one attempt against each limit; the seconds to wait when one is exhausted, or 0. */
export async function consumeRequestLimits(names: LimitName[], headers: Headers): Promise<number> {
  for (const name of names) {
    const wait = await consume(name, keyOf(name, headers))
    if (wait > 0) return wait
  }
  return 0
}

/** The seconds to wait if one of the limits is already exhausted, counting nothing. */
export async function requestLimitsWait(names: LimitName[], headers: Headers): Promise<number> {
  for (const name of names) {
    const wait = await waitFor(name, keyOf(name, headers))
    if (wait > 0) return wait
  }
  return 0
}

export const tooManyAttemptsMessage = (seconds: number) => `提交过于频繁，请在约 ${Math.max(1, Math.ceil(seconds / 60))} 分钟后再试。如果此前已看到查询码，您的留言已经保存。`
