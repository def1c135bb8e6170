import { describe, expect, it } from 'vitest'
import {
  consultationPhase,
  daysLeft,
  decisionTally,
  outcomeRefusal,
  periodDays,
  periodRefusal,
  phaseBounds,
  phaseSentence,
  pointRefusal,
  validateCommentInput,
} from '@/features/consultations/rules'

// Dates as the admin's day picker stores them: noon in Beijing.
const period = { opensOn: '2026-12-01T04:00:00.000Z', closesOn: '2026-12-30T04:00:00.000Z' }
const at = (beijing: string) => new Date(`${beijing}+08:00`)

describe('consultation period, by Beijing calendar days', () => {
  it('is upcoming until the opening day begins in Beijing', () => {
    expect(consultationPhase(period, at('2026-11-30T23:59:59'))).toBe('upcoming')
    // 2026-11-30 16:00 UTC is already 1 December in Beijing
    expect(consultationPhase(period, new Date('2026-11-30T16:00:00Z'))).toBe('open')
  })

  it('stays open through the whole closing day and closes at midnight Beijing time', () => {
    expect(consultationPhase(period, at('2026-12-30T23:59:59'))).toBe('open')
    expect(consultationPhase(period, at('2026-12-31T00:00:00'))).toBe('closed')
    expect(consultationPhase(period, new Date('2026-12-30T15:59:59Z'))).toBe('open')
    expect(consultationPhase(period, new Date('2026-12-30T16:00:00Z'))).toBe('closed')
  })

  it('counts days with both ends included', () => {
    expect(periodDays(period)).toBe(30)
    expect(daysLeft(period, at('2026-12-30T08:00:00'))).toBe(1)
    expect(daysLeft(period, at('2026-12-01T08:00:00'))).toBe(30)
    expect(daysLeft(period, at('2026-12-31T08:00:00'))).toBe(0)
    expect(daysLeft(period, at('2026-11-01T08:00:00'))).toBe(0)
  })

  it('says where it stands in words', () => {
    expect(phaseSentence(period, at('2026-12-26T08:00:00'))).toBe('正在征求意见，还剩 5 天（截止 2026-12-30）')
    expect(phaseSentence(period, at('2026-12-30T08:00:00'))).toBe('正在征求意见，今天截止（截止 2026-12-30）')
    expect(phaseSentence(period, at('2027-01-02T08:00:00'))).toBe('已于 2026-12-30 截止')
    expect(phaseSentence(period, at('2026-11-02T08:00:00'))).toBe('即将开始，2026-12-01 起接受意见')
  })

  it('refuses a closing day before the opening day, or missing dates', () => {
    expect(periodRefusal(period.opensOn, period.closesOn)).toBeNull()
    expect(periodRefusal(period.opensOn, period.opensOn)).toBeNull()
    expect(periodRefusal(period.closesOn, period.opensOn)).toMatch('截止日期不能早于开始日期')
    expect(periodRefusal(null, period.closesOn)).toMatch('请填写')
    expect(periodRefusal('not a date', period.closesOn)).toMatch('请填写')
  })

  it('allows the 意见采纳情况 only after closing', () => {
    expect(outcomeRefusal('open', true)).toMatch('尚未结束')
    expect(outcomeRefusal('upcoming', true)).toMatch('尚未结束')
    expect(outcomeRefusal('closed', true)).toBeNull()
    expect(outcomeRefusal('open', false)).toBeNull()
  })
})

describe('the account of adopted comments', () => {
  it('tallies decisions and leaves out those with none', () => {
    expect(decisionTally([{ decision: 'adopted' }, { decision: 'adopted' }, { decision: 'not-adopted' }])).toBe('采纳 2 条、未采纳 1 条')
    expect(decisionTally([])).toBe('')
  })

  it('needs a reason for every point not fully adopted', () => {
    expect(pointRefusal({ decision: 'adopted' })).toBeNull()
    expect(pointRefusal({ decision: 'not-adopted', reason: ' ' })).toMatch('理由')
    expect(pointRefusal({ decision: 'partly', reason: '与上位法不一致' })).toBeNull()
  })
})

describe('a comment as posted', () => {
  it('accepts a comment with optional name and contact, consent only when ticked', () => {
    const result = validateCommentInput({ comment: '  建议延长办理时限。 ', name: '', publishConsent: 'yes' })
    expect(result).toEqual({ ok: true, data: { comment: '建议延长办理时限。', name: '', contact: '', publishConsent: true } })
    expect(validateCommentInput({ comment: '建议延长办理时限。' })).toMatchObject({ ok: true, data: { publishConsent: false } })
  })

  it('refuses empty, too long or broken input with a message per field', () => {
    expect(validateCommentInput({ comment: '好' })).toMatchObject({ ok: false, errors: { comment: expect.stringContaining('至少') } })
    expect(validateCommentInput({ comment: '意'.repeat(3001) })).toMatchObject({ ok: false, errors: { comment: expect.stringContaining('3000') } })
    expect(validateCommentInput({ comment: ['x'] })).toMatchObject({ ok: false })
    expect(validateCommentInput({ comment: '建议延长办理时限。', name: '名'.repeat(21), contact: '1'.repeat(61) })).toMatchObject({
      ok: false,
      errors: { name: expect.any(String), contact: expect.any(String) },
    })
  })
})

describe('the bounds a list compares with', () => {
  it('are midnight today and tomorrow in Beijing, as UTC instants', () => {
    expect(phaseBounds(at('2026-12-05T00:30:00'))).toEqual({ todayStarts: '2026-12-04T16:00:00.000Z', tomorrowStarts: '2026-12-05T16:00:00.000Z' })
  })
})
