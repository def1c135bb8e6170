import type { PayloadRequest } from 'payload'
import { THROTTLE, liveFailures, secondsToWait, throttleKeys, type ThrottleKeys } from '@/features/accounts/rules/login-throttle'

// Acting as the system: these counts belong to no one and no visitor may read them.
type Row = { id: number | string; key: string; failures: number; lastFailureAt?: string | null; ownerNotifiedAt?: string | null }

async function rowsOf(req: PayloadRequest, keys: string[]): Promise<Map<string, Row>> {
  const found = await req.payload.find({ collection: 'login-throttles', where: { key: { in: keys } }, limit: keys.length, depth: 0, overrideAccess: true, pagination: false, req })
  return new Map((found.docs as unknown as Row[]).map((row) => [row.key, row]))
}

/** Seconds this login must still wait (the longer of the account-and-address and address waits). */
export async function loginWait(req: PayloadRequest, email: string, address: string, now = new Date()): Promise<number> {
  const keys = throttleKeys(email, address)
  const rows = await rowsOf(req, [keys.accountAddress, keys.address])
  return Math.max(
    secondsToWait(rows.get(keys.accountAddress), THROTTLE.freePerAccountAddress, now),
    secondsToWait(rows.get(keys.address), THROTTLE.freePerAddress, now),
  )
}

async function bump(req: PayloadRequest, key: string, row: Row | undefined, now: Date): Promise<Row> {
  const failures = liveFailures(row ? { failures: row.failures, lastFailureAt: row.lastFailureAt } : undefined, now) + 1
  const data = { failures, lastFailureAt: now.toISOString(), ...(row && failures === 1 ? { ownerNotifiedAt: null } : {}) }
  if (row) return (await req.payload.update({ collection: 'login-throttles', id: row.id, data, depth: 0, overrideAccess: true, req })) as unknown as Row
  try {
    return (await req.payload.create({ collection: 'login-throttles', data: { key, ...data }, depth: 0, overrideAccess: true, req })) as unknown as Row
  } catch {
    // Another instance created it a moment ago: count on that row instead.
    const again = (await rowsOf(req, [key])).get(key)
    if (!again) throw new Error(`login-throttles: cannot record ${key}`)
    return bump(req, key, again, now)
  }
}

export type RecordedFailure = { accountFailures: number; shouldNotifyOwner: boolean; accountRowId: number | string }

/** Counts one failed login on all three counters; says whether the owner should now be told. */
export async function recordLoginFailure(req: PayloadRequest, email: string, address: string, now = new Date()): Promise<RecordedFailure> {
  const keys: ThrottleKeys = throttleKeys(email, address)
  const rows = await rowsOf(req, [keys.accountAddress, keys.address, keys.account])
  await bump(req, keys.accountAddress, rows.get(keys.accountAddress), now)
  await bump(req, keys.address, rows.get(keys.address), now)
  const account = await bump(req, keys.account, rows.get(keys.account), now)
  const notified = account.ownerNotifiedAt ? new Date(account.ownerNotifiedAt).getTime() : 0
  const shouldNotifyOwner = account.failures >= THROTTLE.notifyOwnerAfter && now.getTime() - notified > THROTTLE.forgetAfterSeconds * 1000
  return { accountFailures: account.failures, shouldNotifyOwner, accountRowId: account.id }
}

export async function markOwnerNotified(req: PayloadRequest, rowId: number | string, now = new Date()) {
  await req.payload.update({ collection: 'login-throttles', id: rowId, data: { ownerNotifiedAt: now.toISOString() }, depth: 0, overrideAccess: true, req })
}

/** A successful login forgets the failures of this account from this address. */
export async function clearAccountAddress(req: PayloadRequest, email: string, address: string) {
  const { accountAddress } = throttleKeys(email, address)
  await req.payload.delete({ collection: 'login-throttles', where: { key: { equals: accountAddress } }, overrideAccess: true, req })
}
