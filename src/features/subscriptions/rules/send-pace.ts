const MINUTE_MS = 60_000

/**
 * When each of `count` subscription e-mails may leave the outbox so that no clock minute holds
 * more than `perMinute` of them, counting those already waiting (`scheduled`, their send times).
 * The first free place is now, or the start of the next minute with room.
 */
export function sendTimes(count: number, perMinute: number, now: Date, scheduled: readonly Date[] = []): Date[] {
  const rate = Math.max(1, Math.floor(perMinute))
  const used = new Map<number, number>()
  for (const at of scheduled) {
    const minute = Math.floor(at.getTime() / MINUTE_MS)
    used.set(minute, (used.get(minute) ?? 0) + 1)
  }
  const times: Date[] = []
  let minute = Math.floor(now.getTime() / MINUTE_MS)
  while (times.length < count) {
    const taken = used.get(minute) ?? 0
    if (taken < rate) {
      used.set(minute, taken + 1)
      times.push(new Date(Math.max(now.getTime(), minute * MINUTE_MS)))
    } else {
      minute += 1
    }
  }
  return times
}
