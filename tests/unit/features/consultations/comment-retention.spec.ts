import { describe, expect, it } from 'vitest'
import { COMMENT_CONTACT_RETENTION, commentContactDue, consultationClosedAt } from '@/features/consultations/rules'
import { retentionCutoff } from '@/platform/retention/rules/retention-period'

describe('the contacts of consultation comments', () => {
  it('are kept six months after closing by default', () => {
    expect(COMMENT_CONTACT_RETENTION.defaultMonths).toBe(6)
  })

  it('count from the end of the closing day in Beijing, whatever time the day was stored at', () => {
    // Closing day 2026-03-31 in Beijing, stored as its midnight (16:00 UTC the day before) or its noon.
    for (const closesOn of ['2026-03-30T16:00:00.000Z', '2026-03-31T04:00:00.000Z']) {
      expect(consultationClosedAt(closesOn)?.toISOString()).toBe('2026-03-31T16:00:00.000Z')
    }
    expect(consultationClosedAt(null)).toBeNull()
  })

  it('are due once the consultation closed before the cut-off, and not a day earlier', () => {
    const consultation = { closesOn: '2026-03-31T04:00:00.000Z' }
    const comment = { name: '老张', contact: '13812345678' }
    // Closed at the end of 31 March (Beijing): kept on 30 September, removed on 1 October.
    const cutoff = (now: string) => retentionCutoff(new Date(now), COMMENT_CONTACT_RETENTION.defaultMonths)
    expect(commentContactDue(comment, consultation, cutoff('2026-09-30T12:00:00.000Z'))).toBe(false)
    expect(commentContactDue(comment, consultation, cutoff('2026-10-01T12:00:00.000Z'))).toBe(true)
  })

  it('leave comments alone that hold no name or contact (left empty, or removed already)', () => {
    const cutoff = new Date('2030-01-01T00:00:00Z')
    const consultation = { closesOn: '2026-03-31T04:00:00.000Z' }
    expect(commentContactDue({ name: null, contact: null }, consultation, cutoff)).toBe(false)
    expect(commentContactDue({ name: '', contact: '  ' }, consultation, cutoff)).toBe(false)
    expect(commentContactDue({ name: '', contact: 'wang@example.test' }, consultation, cutoff)).toBe(true)
  })
})
