import { describe, expect, it } from 'vitest'
import { APPLICATION_RETENTION, applicationClosedAt, isApplicationDue, withoutApplicantDetails } from '@/features/disclosure/rules'
import { ANONYMISED_TEXT } from '@/platform/retention/rules/retention-period'

const answered = (answeredAt: string, extra = {}) => ({
  status: 'answered',
  updatedAt: '2030-01-01T00:00:00.000Z',
  answer: { answeredAt },
  timeline: [{ at: '2024-01-02T00:00:00.000Z' }, { at: answeredAt }],
  ...extra,
})

describe('the applicant’s details of an information request', () => {
  const cutoff = new Date('2026-06-01T00:00:00Z')

  it('are kept two years after closing by default', () => {
    expect(APPLICATION_RETENTION.defaultMonths).toBe(24)
  })

  it('count from the answer, not from a later change of the record', () => {
    expect(applicationClosedAt(answered('2024-02-01T00:00:00.000Z'))?.toISOString()).toBe('2024-02-01T00:00:00.000Z')
    expect(isApplicationDue(answered('2024-02-01T00:00:00.000Z'), cutoff)).toBe(true)
    expect(isApplicationDue(answered('2026-06-01T00:00:00.000Z'), cutoff)).toBe(false)
  })

  it('count from the last step of a lapsed application (视为放弃)', () => {
    const lapsed = { status: 'lapsed', updatedAt: '2030-01-01T00:00:00.000Z', timeline: [{ at: '2024-01-02T00:00:00.000Z' }, { at: '2024-03-01T00:00:00.000Z' }] }
    expect(applicationClosedAt(lapsed)?.toISOString()).toBe('2024-03-01T00:00:00.000Z')
    expect(isApplicationDue(lapsed, cutoff)).toBe(true)
  })

  it('are never due while the application is being handled or waits for a 补正, however old', () => {
    for (const status of ['received', 'awaiting-correction']) {
      expect(isApplicationDue({ status, updatedAt: '2010-01-01T00:00:00Z', timeline: [{ at: '2010-01-01T00:00:00Z' }] }, cutoff)).toBe(false)
    }
  })

  it('are not removed twice', () => {
    expect(isApplicationDue(answered('2024-02-01T00:00:00.000Z', { anonymisedAt: '2026-03-01T00:00:00Z' }), cutoff)).toBe(false)
  })

  it('are taken out of the texts that quote them, longest first, single characters left alone', () => {
    const letter = '王小红：\n本机关于2024年1月2日收到您提出的申请，答复书寄往武侯区玉林北路12号（王小红收）。电话 13812345678。'
    const details = ['王小红', null, '13812345678', undefined, '武侯区玉林北路12号', '王']
    expect(withoutApplicantDetails(letter, details)).toBe(
      `${ANONYMISED_TEXT}：\n本机关于2024年1月2日收到您提出的申请，答复书寄往${ANONYMISED_TEXT}（${ANONYMISED_TEXT}收）。电话 ${ANONYMISED_TEXT}。`,
    )
    expect(withoutApplicantDetails(null, details)).toBeNull()
    expect(withoutApplicantDetails('与申请人无关的文字', details)).toBe('与申请人无关的文字')
  })
})
