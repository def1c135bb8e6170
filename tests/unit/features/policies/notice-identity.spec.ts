import { describe, expect, it } from 'vitest'
import { isSameNotice, normaliseNoticeTitle } from '@/features/policies/rules/notice-identity'

describe('the same notice without a 文号', () => {
  it('ignores spacing, punctuation, full-width forms and book-title marks', () => {
    expect(normaliseNoticeTitle('《关于优化生育登记服务的解读》')).toBe(normaliseNoticeTitle('关于优化生育登记服务的解读 '))
    expect(normaliseNoticeTitle('ＡＢＣ：解读')).toBe('abc解读')
  })

  it('needs the same date written, or none on both', () => {
    const a = { title: '关于优化生育登记服务的解读', dateWritten: '2021-06-03' }
    expect(isSameNotice(a, { title: '《关于优化生育登记服务的解读》', dateWritten: '2021-06-03T00:00:00.000Z' })).toBe(true)
    expect(isSameNotice(a, { title: a.title, dateWritten: '2021-06-04' })).toBe(false)
    expect(isSameNotice(a, { title: a.title })).toBe(false)
    expect(isSameNotice({ title: a.title }, { title: a.title, dateWritten: null })).toBe(true)
    expect(isSameNotice(a, { title: '关于优化生育登记服务的通知', dateWritten: '2021-06-03' })).toBe(false)
  })
})
