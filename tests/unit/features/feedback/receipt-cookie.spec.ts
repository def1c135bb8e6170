import { describe, expect, it } from 'vitest'
import { openReceipt, sealReceipt } from '@/features/feedback/server/receipt-cookie'

const receipt = { trackingCode: 'FK-2026-ABCD2345', accessKey: '3J8QK-9TZ4M-WX2FD-0B7HN-C5RV1Y', needsModeration: false }

describe('the receipt cookie', () => {
  it('gives back the code and key it sealed, and hides them from anyone reading the cookie', () => {
    const sealed = sealReceipt(receipt)
    expect(openReceipt(sealed)).toEqual(receipt)
    expect(sealed).not.toContain('FK-2026')
    expect(Buffer.from(sealed.split('.')[2], 'base64url').toString('latin1')).not.toContain('3J8QK')
  })

  it('is refused once expired (15 minutes), forged, cut or missing', () => {
    const now = Date.UTC(2026, 11, 2, 12, 0)
    const sealed = sealReceipt(receipt, now)
    expect(openReceipt(sealed, now + 14 * 60_000)).toEqual(receipt)
    expect(openReceipt(sealed, now + 16 * 60_000)).toBeNull()
    const [iv, tag, body] = sealed.split('.')
    const flipped = Buffer.from(body, 'base64url')
    flipped[0] ^= 1
    expect(openReceipt([iv, tag, flipped.toString('base64url')].join('.'), now)).toBeNull()
    for (const bad of [undefined, '', 'x', 'a.b', `${iv}.${tag}`, 'a.b.c.d', '!!.??.**']) expect(openReceipt(bad, now)).toBeNull()
  })
})
