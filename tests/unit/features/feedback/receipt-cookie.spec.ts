import { describe, expect, it } from 'vitest'
import { openReceipt, sealReceipt } from '@/features/feedback/server/receipt-cookie'

const receipt = { trackingCode: 'FK-2026-ABCD2345', accessKey: '3J8QK-9TZ4M-WX2FD-0B7HN-C5RV1Y', needsModeration: false }
const promise = { kindLabel: '投诉', acceptanceDays: 2, replyDays: 7, replyDueAt: '2026-12-11T15:59:59.999Z', email: 'wang@example.test' }

describe('the receipt cookie', () => {
  it('gives back the code and key it sealed, and hides them from anyone reading the cookie', () => {
    const now = Date.UTC(2026, 11, 2, 12, 0)
    const sealed = sealReceipt(receipt, now)
    expect(openReceipt(sealed, now)).toEqual({ ...receipt, expires: now + 15 * 60_000 })
    expect(sealed).not.toContain('FK-2026')
    expect(Buffer.from(sealed.split('.')[2], 'base64url').toString('latin1')).not.toContain('3J8QK')
  })

  it('keeps the promise made at submission and the address, and keeps its end when sealed again', () => {
    const now = Date.UTC(2026, 11, 2, 12, 0)
    const opened = openReceipt(sealReceipt({ ...receipt, ...promise }, now), now + 60_000)
    expect(opened).toEqual({ ...receipt, ...promise, expires: now + 15 * 60_000 })
    const resealed = sealReceipt({ ...opened!, emailed: true }, now + 5 * 60_000)
    expect(openReceipt(resealed, now + 14 * 60_000)).toMatchObject({ emailed: true, email: promise.email })
    expect(openReceipt(resealed, now + 16 * 60_000)).toBeNull()
  })

  it('is refused once expired (15 minutes), forged, cut or missing', () => {
    const now = Date.UTC(2026, 11, 2, 12, 0)
    const sealed = sealReceipt(receipt, now)
    expect(openReceipt(sealed, now + 14 * 60_000)).toMatchObject(receipt)
    expect(openReceipt(sealed, now + 16 * 60_000)).toBeNull()
    const [iv, tag, body] = sealed.split('.')
    const flipped = Buffer.from(body, 'base64url')
    flipped[0] ^= 1
    expect(openReceipt([iv, tag, flipped.toString('base64url')].join('.'), now)).toBeNull()
    for (const bad of [undefined, '', 'x', 'a.b', `${iv}.${tag}`, 'a.b.c.d', '!!.??.**']) expect(openReceipt(bad, now)).toBeNull()
  })
})
