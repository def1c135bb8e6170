import { describe, expect, it } from 'vitest'
import { suggestCorrections } from '@/features/search/rules'

const TITLES = [
  '生育登记服务指南',
  '艾滋病自愿咨询检测',
  '艾滋病的预防与阻断',
  '成都市人民政府办公厅关于实施创建计划生育优质服务先进县（市、区）工程的通知',
  '独生子女父母奖励扶助',
]

describe('您是不是要找', () => {
  it('offers the title phrase one character away from a pinyin typo', () => {
    expect(suggestCorrections('生育登计', TITLES)).toEqual(['生育登记'])
    expect(suggestCorrections('爱滋病', TITLES)).toEqual(['艾滋病'])
    expect(suggestCorrections('奖励扶住', TITLES)).toEqual(['奖励扶助'])
  })

  it('keeps the rest of the query as typed', () => {
    expect(suggestCorrections('2004 优志服务', TITLES)).toEqual(['2004 优质服务'])
  })

  it('puts the phrase found in more titles first, and offers at most three', () => {
    expect(suggestCorrections('艾滋丙', TITLES)[0]).toBe('艾滋病')
    expect(suggestCorrections('计划', [...TITLES, '计生', '计算', '计量', '计时']).length).toBeLessThanOrEqual(3)
  })

  it('offers nothing for words too far from every title, single characters or other scripts', () => {
    expect(suggestCorrections('天气预报', TITLES)).toEqual([])
    expect(suggestCorrections('病', TITLES)).toEqual([])
    expect(suggestCorrections('hiv', TITLES)).toEqual([])
    expect(suggestCorrections('', TITLES)).toEqual([])
  })
})
