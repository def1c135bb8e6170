import { describe, expect, it } from 'vitest'
import { CANDIDATE_LIMIT, countLabel, indexQuery, indexServes, queryTokens } from '@/features/search/rules'

describe('what the full-text index can answer', () => {
  it('serves tokens made only of letters and digits: pairs, single characters, numbers, Latin words', () => {
    expect(indexServes(queryTokens('艾滋病检测'))).toBe(true)
    expect(indexServes(queryTokens('号'))).toBe(true)
    expect(indexServes(queryTokens('成办发〔2004〕5号'))).toBe(true)
    expect(indexServes(queryTokens('HIV 检测'))).toBe(true)
  })

  it('leaves anything else to the scan, and an empty list too', () => {
    expect(indexServes([])).toBe(false)
    expect(indexServes(['a-b'])).toBe(false)
    expect(indexServes(['避孕', 'x"y'])).toBe(false)
    expect(indexServes(['a'.repeat(101)])).toBe(false)
  })
})

describe('the index query', () => {
  it('is every token of a reading, and any of several readings', () => {
    expect(indexQuery([['避孕', '孕药']], 'fts5')).toBe('"避孕" AND "孕药"')
    expect(indexQuery([['避孕', '孕药']], 'tsquery')).toBe('避孕 & 孕药')
    expect(indexQuery([['取环'], ['取出', '宫内']], 'fts5')).toBe('("取环") OR ("取出" AND "宫内")')
    expect(indexQuery([['取环'], ['取出', '宫内']], 'tsquery')).toBe('(取环) | (取出 & 宫内)')
  })

  it('leaves out readings without tokens and quotes an FTS5 phrase safely', () => {
    expect(indexQuery([[], ['生育']], 'tsquery')).toBe('生育')
    expect(indexQuery([['a"b']], 'fts5')).toBe('"a""b"')
  })
})

describe('a count past the cap', () => {
  it('reads "400 条以上" once counting stopped, the plain number before', () => {
    expect(countLabel(12, false)).toBe('12')
    expect(countLabel(CANDIDATE_LIMIT, true)).toBe('400 条以上')
    expect(countLabel(837, true)).toBe('837 条以上')
  })
})
