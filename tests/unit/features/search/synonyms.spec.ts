import { describe, expect, it } from 'vitest'
import { DEFAULT_SYNONYMS, expandQuery, MAX_ALTERNATIVES, parseSynonyms } from '@/features/search/rules'
import { queryTokens } from '@/features/search/rules'

const defaults = parseSynonyms(DEFAULT_SYNONYMS)

describe('the synonym list', () => {
  it('reads rows as staff type them and leaves out half-filled ones', () => {
    expect(parseSynonyms([{ typed: ' 准生证， 准生 ', means: '生育登记/生育服务证' }, { typed: '空', means: ' ' }, { typed: '', means: 'x' }])).toEqual([
      { typed: ['准生证', '准生'], means: ['生育登记', '生育服务证'] },
    ])
    expect(parseSynonyms(null)).toEqual([])
  })

  it('searches the query itself first, then what the everyday word means', () => {
    expect(expandQuery('准生证怎么办', defaults)).toEqual([
      { query: '准生证怎么办' },
      { query: '生育登记 怎么办', via: { typed: '准生证', means: '生育登记' } },
      { query: '生育服务证 怎么办', via: { typed: '准生证', means: '生育服务证' } },
    ])
    expect(expandQuery('艾兹病', defaults).map((a) => a.query)).toEqual(['艾兹病', '艾滋病'])
    expect(expandQuery('人流', defaults).map((a) => a.query)).toEqual(['人流', '人工流产'])
  })

  it('keeps the words of a phrase apart where the pages do, so no pair is made across them', () => {
    const [, apart] = expandQuery('艾滋病检测', defaults)
    expect(apart.query).toBe('艾滋病 检测')
    expect(queryTokens(apart.query)).toEqual(['艾滋', '滋病', '检测'])
  })

  it('prefers the longest typed word and adds nothing the query already says', () => {
    expect(expandQuery('独生子女奖励', defaults)[1].via?.typed).toBe('独生子女奖励')
    expect(expandQuery('计划生育', defaults)).toEqual([{ query: '计划生育' }])
    const many = parseSynonyms([{ typed: '甲', means: '一、二、三、四、五、六' }])
    expect(expandQuery('甲', many)).toHaveLength(MAX_ALTERNATIVES + 1)
  })

  it('reads Latin letters in any case and full-width forms', () => {
    expect(expandQuery('ＨＩＶ', defaults).map((a) => a.query)).toContain('艾滋病')
  })
})
