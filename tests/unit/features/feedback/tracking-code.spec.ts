import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { TRACKING_ALPHABET, generateTrackingCode, normaliseTrackingCode } from '@/features/feedback/rules/intake'

/** A random source that hands out the given bytes in order. */
function fixedSource(bytes: number[]) {
  let position = 0
  return (n: number) => {
    const out = new Uint8Array(n)
    for (let i = 0; i < n; i++) out[i] = bytes[position++ % bytes.length]
    return out
  }
}

describe('tracking codes', () => {
  it('uses an alphabet without look-alikes', () => {
    expect(TRACKING_ALPHABET).toBe('23456789ABCDEFGHJKMNPQRSTVWXYZ')
    expect(TRACKING_ALPHABET).not.toMatch(/[01ILOU]/)
  })

  it('is FK-<year>-<6 characters>', () => {
    const code = generateTrackingCode(2026, randomBytes)
    expect(code).toMatch(/^FK-2026-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{6}$/)
  })

  it('is deterministic for a fixed random source', () => {
    expect(generateTrackingCode(2026, fixedSource([0, 1, 2, 3, 4, 5]))).toBe('FK-2026-234567')
    expect(generateTrackingCode(2026, fixedSource([29, 59, 89, 119, 149, 179]))).toBe('FK-2026-ZZZZZZ')
  })

  it('throws bytes away instead of folding them onto the first characters', () => {
    // 240..255 would otherwise map to '2'..'H' and make them more likely.
    expect(generateTrackingCode(2027, fixedSource([240, 255, 0, 250, 239, 30, 241, 31, 32, 33]))).toBe(
      'FK-2027-2Z2345',
    )
  })

  it('gives up on a random source that never returns usable bytes', () => {
    expect(() => generateTrackingCode(2026, fixedSource([255]))).toThrow()
  })

  it('rejects a year without four digits', () => {
    expect(() => generateTrackingCode(26, randomBytes)).toThrow(RangeError)
    expect(() => generateTrackingCode(2026.5, randomBytes)).toThrow(RangeError)
  })

  it('uses every character about equally often', () => {
    const counts = new Map<string, number>()
    for (let i = 0; i < 20_000; i++) {
      for (const ch of generateTrackingCode(2026, randomBytes).slice(8)) {
        counts.set(ch, (counts.get(ch) ?? 0) + 1)
      }
    }
    expect([...counts.keys()].sort().join('')).toBe(TRACKING_ALPHABET)
    const expected = (20_000 * 6) / TRACKING_ALPHABET.length
    for (const count of counts.values()) {
      // ±15 % is about ten standard deviations: a biased mapping fails, chance never does.
      expect(Math.abs(count - expected)).toBeLessThan(expected * 0.15)
    }
  })
})

describe('normaliseTrackingCode', () => {
  it.each([
    'FK-2026-7Q4M9C',
    'fk-2026-7q4m9c',
    'fk 2026 7q4m9c',
    '  FK20267Q4M9C ',
    'FK-2026-7Q4 M9C',
    '2026-7Q4M9C',
    'ＦＫ－２０２６－７Ｑ４Ｍ９Ｃ',
  ])('reads %j', (input) => {
    expect(normaliseTrackingCode(input)).toBe('FK-2026-7Q4M9C')
  })

  it.each([
    '',
    'FK-2026',
    'FK-2026-7Q4M9',
    'FK-2026-7Q4M9CC',
    'FK-26-7Q4M9C',
    'FK-2026-7Q4M0C',
    'FK-2026-7Q4MOC',
    'FK-2026-7Q4M1C',
    'FK-2026-7Q4MIC',
    'FK-2026-7Q4MLC',
    'FK-2026-7Q4MUC',
    'XX-2026-7Q4M9C',
    'FK-2026-7Q4M9C; DROP TABLE',
  ])('rejects %j', (input) => {
    expect(normaliseTrackingCode(input)).toBeUndefined()
  })
})

describe('tracking codes of applications for information (GK)', () => {
  it('are made and read back with their own prefix, never mistaken for a message code', () => {
    const code = generateTrackingCode(2026, randomBytes, 'GK')
    expect(code).toMatch(/^GK-2026-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{6}$/)
    expect(normaliseTrackingCode(code.toLowerCase(), 'GK')).toBe(code)
    expect(normaliseTrackingCode(code.slice(3), 'GK')).toBe(code)
    expect(normaliseTrackingCode(code)).toBeUndefined()
    expect(normaliseTrackingCode(code.replace('GK', 'FK'), 'GK')).toBeUndefined()
  })
})
