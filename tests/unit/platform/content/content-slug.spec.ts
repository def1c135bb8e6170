import { describe, expect, it } from 'vitest'
import { SLUG_PATTERN, titleSlug } from '@/platform/content/rules/content-slug'

describe('page addresses from titles', () => {
  it('spells the title in toneless pinyin, one syllable per part', () => {
    expect(titleSlug('关爱女孩主题宣传日')).toBe('guan-ai-nv-hai-zhu-ti-xuan-chuan-ri')
    expect(titleSlug('HIV检测 2026')).toBe('hiv-jian-ce-2026')
  })

  it('stays within 60 characters, cut between syllables, and always matches the slug pattern', () => {
    const slug = titleSlug('“婚育新风进万家”宣传服务月期间各区（市）县计划生育服务机构深入社区开展义诊咨询')
    expect(slug.length).toBeLessThanOrEqual(60)
    expect(slug).toMatch(SLUG_PATTERN)
    expect(slug.endsWith('-')).toBe(false)
    expect(titleSlug('！！')).toBe('page')
  })
})
