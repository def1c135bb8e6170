import { describe, expect, it } from 'vitest'
import { errorReportReference, nextSteps, planStep, reportedPage, stepOfStatusChange, validateErrorReport } from '@/features/site-errors/rules'

describe('the steps of an error report', () => {
  it('offers answering and dismissing while it waits, nothing once settled', () => {
    expect(nextSteps('received').map((step) => step.key)).toEqual(['answer', 'dismiss'])
    expect(nextSteps('answered')).toEqual([])
    expect(nextSteps('dismissed')).toEqual([])
  })

  it('answers with an outcome and a text', () => {
    expect(planStep('received', 'answer', { outcome: 'corrected', answer: ' 已改正错字。 ' })).toEqual({ ok: true, change: { status: 'answered', outcome: 'corrected', answer: '已改正错字。' } })
  })

  it('refuses an answer without outcome or text, and any step on a settled report', () => {
    expect(planStep('received', 'answer', { answer: '好' })).toEqual({ ok: false, message: '请选择核实结果。' })
    expect(planStep('received', 'answer', { outcome: 'corrected', answer: '' })).toEqual({ ok: false, message: '请填写答复内容。' })
    expect(planStep('answered', 'dismiss', { dismissReason: '广告' })).toEqual({ ok: false, message: '这份报告已经办结，不能再办理。' })
    expect(planStep('received', 'reopen', {})).toEqual({ ok: false, message: '没有这个办理操作。' })
  })

  it('dismisses only with a reason', () => {
    expect(planStep('received', 'dismiss', { dismissReason: '' }).ok).toBe(false)
    expect(planStep('received', 'dismiss', { dismissReason: '广告信息' })).toEqual({ ok: true, change: { status: 'dismissed', dismissReason: '广告信息' } })
  })

  it('names the step a change of status is', () => {
    expect(stepOfStatusChange('answered')).toBe('answer')
    expect(stepOfStatusChange('dismissed')).toBe('dismiss')
    expect(stepOfStatusChange('received')).toBeNull()
  })
})

describe('the 网站找错 form', () => {
  it('accepts a page on the site, a description and an optional e-mail', () => {
    expect(validateErrorReport({ pageUrl: '/policies/x', description: '第二段有错别字' })).toEqual({ ok: true, data: { pageUrl: '/policies/x', description: '第二段有错别字' } })
    expect(validateErrorReport({ pageUrl: '/', description: '首页链接打不开', email: 'a@b.cn' })).toMatchObject({ ok: true, data: { email: 'a@b.cn' } })
  })

  it('says in Chinese what is missing or wrong', () => {
    const result = validateErrorReport({ pageUrl: 'javascript:alert(1)', description: '错', email: 'nope' })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(['description', 'email', 'pageUrl'])
  })

  it('fills the address only with a path on this site', () => {
    expect(reportedPage('/policies/abc')).toBe('/policies/abc')
    expect(reportedPage('//evil.example/')).toBe('')
    expect(reportedPage('https://evil.example/')).toBe('')
    expect(reportedPage(['/a'])).toBe('')
  })

  it('numbers a report by its Beijing day', () => {
    expect(errorReportReference('2026-12-03', () => new Uint8Array([0, 1, 2, 30]))).toBe('ZC20261203-234Z')
  })
})
