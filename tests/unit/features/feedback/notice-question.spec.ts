import { describe, expect, it } from 'vitest'
import { noticeQuestionSubject, validateFeedbackInput } from '@/features/feedback/rules/intake'

describe('the subject of a question asked on a notice page', () => {
  it('names the notice', () => {
    expect(noticeQuestionSubject('成都市计划生育条例实施细则')).toBe('对《成都市计划生育条例实施细则》的疑问')
  })

  it('shortens a long title to fit the 60 characters a subject may have, and passes the form check', () => {
    const subject = noticeQuestionSubject('关'.repeat(80))
    expect([...subject].length).toBe(60)
    expect(subject.endsWith('…》的疑问')).toBe(true)
    const checked = validateFeedbackInput({ kind: 'consultation', subject, message: '请问这个文件适用于流动人口吗？', publishConsent: 'yes', about: 'policy:abc' })
    expect(checked).toMatchObject({ ok: true, data: { about: { type: 'policy', key: 'abc' } } })
  })
})
