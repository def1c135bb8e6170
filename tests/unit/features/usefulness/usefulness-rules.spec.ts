import { describe, expect, it } from 'vitest'
import { cleanReason, readUsefulnessForm, REASON_MAX_CHARS } from '@/features/usefulness/rules/usefulness-answer'
import { usefulnessPage } from '@/features/usefulness/rules/usefulness-pages'
import { isFlagged, tallyAnswers } from '@/features/usefulness/rules/usefulness-tally'

describe('which page an answer is about', () => {
  it('knows content pages by section prefix and slug only', () => {
    expect(usefulnessPage('/health/hiv-testing')).toEqual({ path: '/health/hiv-testing', section: 'health', slug: 'hiv-testing' })
    expect(usefulnessPage('/policies/2004-5')).toMatchObject({ section: 'policies' })
    for (const bad of ['/health/', '/health/a/b', '/admin/x', 'https://evil.example/health/x', '/health/X', '/health/%2e', 7, null]) {
      expect(usefulnessPage(bad)).toBeNull()
    }
  })
})

describe('the answer form', () => {
  it('needs yes or no, and a known page', () => {
    expect(readUsefulnessForm({ path: '/events/a', useful: 'no', reason: '  时间 写错了 ' })).toEqual({
      ok: true,
      answer: { path: '/events/a', section: 'events', slug: 'a', useful: false, reason: '时间 写错了' },
    })
    expect(readUsefulnessForm({ path: '/events/a', useful: 'maybe', reason: '' })).toMatchObject({ ok: false })
    expect(readUsefulnessForm({ path: '/nowhere', useful: 'yes', reason: '' })).toMatchObject({ ok: false })
  })

  it('keeps a short reason on one line and hides phones and ID numbers', () => {
    const reason = cleanReason('请打电话给我 138 0013 8000\n身份证 11010519491231002X 谢谢')
    expect(reason).not.toMatch(/138|8000|11010519491231002X/)
    expect(reason).toContain('已隐去')
    expect(reason).not.toContain('\n')
    expect(Array.from(cleanReason('长'.repeat(500)))).toHaveLength(REASON_MAX_CHARS)
    expect(cleanReason('可拨打 12320 咨询')).toContain('12320')
  })
})

describe('counts for staff', () => {
  const answers = [
    { path: '/health/a', section: 'health', useful: false, reason: '太难懂', createdAt: '2026-03-01T00:00:00Z' },
    { path: '/health/a', section: 'health', useful: false, reason: '', createdAt: '2026-03-02T00:00:00Z' },
    { path: '/health/a', section: 'health', useful: true, reason: '清楚', createdAt: '2026-03-03T00:00:00Z' },
    { path: '/health/b', section: 'health', useful: true, createdAt: '2026-03-01T00:00:00Z' },
    { path: '/events/c', section: 'events', useful: true, createdAt: '2026-03-01T00:00:00Z' },
  ]
  it('counts per page (most "no" first, reasons newest first) and per section', () => {
    const { pages, sections } = tallyAnswers(answers)
    expect(pages[0]).toMatchObject({ path: '/health/a', yes: 1, no: 2 })
    expect(pages[0].reasons.map((r) => r.reason)).toEqual(['清楚', '太难懂'])
    expect(sections).toEqual([
      { section: 'events', yes: 1, no: 0, pages: 1 },
      { section: 'health', yes: 2, no: 2, pages: 2 },
    ])
  })

  it('flags a page with enough "no" answers and a large enough share of them', () => {
    expect(isFlagged({ yes: 1, no: 2 }, { minNo: 2, minNoShare: 0.5 })).toBe(true)
    expect(isFlagged({ yes: 3, no: 2 }, { minNo: 2, minNoShare: 0.5 })).toBe(false)
    expect(isFlagged({ yes: 0, no: 4 })).toBe(false)
    expect(isFlagged({ yes: 0, no: 0 })).toBe(false)
  })
})
