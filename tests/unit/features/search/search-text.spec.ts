import { describe, expect, it } from 'vitest'
import { byRelevance, excerptAround, highlightSegments, indexedTokenText, queryTokens, searchRuns, searchTokens } from '@/features/search/rules'

describe('search tokens', () => {
  it('turns Chinese into overlapping character pairs', () => {
    expect(searchTokens('计划生育')).toEqual(['计划', '划生', '生育'])
    expect(searchTokens('避孕')).toEqual(['避孕'])
    expect(searchTokens('艾滋病检测')).toEqual(['艾滋', '滋病', '病检', '检测'])
  })

  it('reads a document number however the brackets are typed', () => {
    const indexed = indexedTokenText('关于印发成办发〔2004〕5号文件的通知')
    for (const query of ['成办发〔2004〕5号', '成办发[2004]5号', '成办发（2004）5号', '2004 5号', '成办发［２００４］５号']) {
      for (const token of queryTokens(query)) expect(indexed, `${query}: ${token}`).toContain(` ${token} `)
    }
  })

  it('separates runs of Chinese, digits and Latin letters, ignoring punctuation and zero-width characters', () => {
    expect(searchRuns('HIV检测，2026年\u200b')).toEqual([
      { kind: 'latin', text: 'hiv' },
      { kind: 'han', text: '检测' },
      { kind: 'digit', text: '2026' },
      { kind: 'han', text: '年' },
    ])
  })

  it('indexes single characters too, so that a one-character query matches', () => {
    expect(indexedTokenText('生育登记')).toContain(' 登 ')
    expect(queryTokens('号')).toEqual(['号'])
  })

  it('keeps at most twelve distinct query tokens', () => {
    expect(queryTokens('计划生育计划生育')).toEqual(['计划', '划生', '生育', '育计'])
    expect(queryTokens('一二三四五六七八九十百千万亿兆').length).toBe(12)
  })
})

describe('ranking and highlighting', () => {
  it('puts the document with the whole query in its title first', () => {
    const docs = [
      { title: '服务站开放时间', body: '可以办理生育登记和领取避孕药具。生育登记。', publishedAt: '2026-01-01' },
      { title: '生育登记服务指南', body: '办理材料。', publishedAt: '2025-01-01' },
    ]
    expect(byRelevance('生育登记', docs)[0].title).toBe('生育登记服务指南')
  })

  it('marks the query words and their character pairs', () => {
    expect(highlightSegments('免费艾滋病检测点', '艾滋病检测')).toEqual([
      { text: '免费', match: false },
      { text: '艾滋病检测', match: true },
      { text: '点', match: false },
    ])
    expect(highlightSegments('HIV 检测', 'hiv').filter((s) => s.match).map((s) => s.text)).toEqual(['HIV'])
  })

  it('cuts an excerpt around the first match', () => {
    const text = `${'甲'.repeat(200)}避孕药具免费发放${'乙'.repeat(200)}`
    const excerpt = excerptAround(text, '避孕', 60)
    expect(excerpt).toContain('避孕药具')
    expect(excerpt.startsWith('…') && excerpt.endsWith('…')).toBe(true)
  })
})
