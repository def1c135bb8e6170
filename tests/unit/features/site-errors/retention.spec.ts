import { describe, expect, it } from 'vitest'
import { ERROR_REPORT_CONTACT_RETENTION, errorReportContactDue } from '@/features/site-errors/rules'

describe('the e-mail address of an error report', () => {
  const cutoff = new Date('2026-06-01T00:00:00Z')

  it('is kept three months after the report was settled by default', () => {
    expect(ERROR_REPORT_CONTACT_RETENTION.defaultMonths).toBe(3)
  })

  it('is due once the report was answered or dismissed before the cut-off', () => {
    expect(errorReportContactDue({ status: 'answered', answeredAt: '2026-05-31T23:00:00Z' }, cutoff)).toBe(true)
    expect(errorReportContactDue({ status: 'dismissed', answeredAt: '2026-01-01T00:00:00Z' }, cutoff)).toBe(true)
    expect(errorReportContactDue({ status: 'answered', answeredAt: '2026-06-01T00:00:00Z' }, cutoff)).toBe(false)
  })

  it('stays while the report waits, however old it is', () => {
    expect(errorReportContactDue({ status: 'received', answeredAt: null }, cutoff)).toBe(false)
    expect(errorReportContactDue({ status: 'received', answeredAt: '2020-01-01T00:00:00Z' }, cutoff)).toBe(false)
  })
})
