import { describe, expect, it } from 'vitest'
import { DEFAULT_RETENTION_MONTHS, finishedAt, isDueForAnonymisation } from '@/features/feedback/rules/retention'

const closed = (at: string, extra = {}) => ({
  status: 'closed',
  createdAt: '2020-01-02T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  timeline: [
    { status: 'received', at: '2020-01-02T00:00:00.000Z' },
    { status: 'replied', at: '2020-02-01T00:00:00.000Z' },
    { status: 'closed', at },
  ],
  ...extra,
})

describe('the period of messages', () => {
  it('defaults to the three years the form promises', () => {
    expect(DEFAULT_RETENTION_MONTHS).toBe(36)
  })
})

describe('which messages are anonymised', () => {
  const cutoff = new Date('2023-11-29T00:00:00Z')

  it('takes the time the message was finished from its timeline, not its last change', () => {
    expect(finishedAt(closed('2020-03-01T00:00:00.000Z'))?.toISOString()).toBe('2020-03-01T00:00:00.000Z')
    // Rated long after closing: still due, counted from the closing.
    expect(isDueForAnonymisation(closed('2020-03-01T00:00:00.000Z'), cutoff)).toBe(true)
  })

  it('keeps messages finished within the period, and exactly at the cut-off', () => {
    expect(isDueForAnonymisation(closed('2024-01-01T00:00:00.000Z'), cutoff)).toBe(false)
    expect(isDueForAnonymisation(closed(cutoff.toISOString()), cutoff)).toBe(false)
  })

  it('treats declined and transferred messages as finished too', () => {
    for (const status of ['declined', 'transferred']) {
      expect(isDueForAnonymisation({ status, createdAt: '2020-01-01T00:00:00Z', timeline: [{ status, at: '2020-01-03T00:00:00Z' }] }, cutoff)).toBe(true)
    }
  })

  it('never touches messages still being handled, however old', () => {
    for (const status of ['received', 'accepted', 'assigned', 'replied']) {
      expect(isDueForAnonymisation({ status, createdAt: '2010-01-01T00:00:00Z', timeline: [] }, cutoff)).toBe(false)
    }
  })

  it('falls back to the last change when the timeline has no finishing step', () => {
    expect(isDueForAnonymisation({ status: 'closed', createdAt: '2019-01-01T00:00:00Z', updatedAt: '2020-01-01T00:00:00Z', timeline: [] }, cutoff)).toBe(true)
    expect(isDueForAnonymisation({ status: 'closed', createdAt: '2019-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z', timeline: null }, cutoff)).toBe(false)
  })

  it('skips messages already anonymised', () => {
    expect(isDueForAnonymisation(closed('2020-03-01T00:00:00.000Z', { anonymisedAt: '2024-01-01T00:00:00Z' }), cutoff)).toBe(false)
  })
})
