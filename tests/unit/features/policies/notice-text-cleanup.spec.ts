import { describe, expect, it } from 'vitest'
import { removeConverterPinyin, toSimplified } from '@/features/policies/rules/notice-text'

describe('removeConverterPinyin', () => {
  it.each([
    ['成辦發(fā)〔2004〕5號', '成辦發〔2004〕5號'],
    ['創(chuàng )建活動(dòng)', '創建活動'],
    ['社會(huì )、網(wǎng)絡(luò )', '社會、網絡'],
    ['關(guān)愛(ài)女孩', '關愛女孩'],
    ['綠(lǜ)色、我們(men)', '綠色、我們'],
  ])('drops pinyin after characters, with or without a space before the bracket: %s → %s', (converted, clean) => {
    expect(removeConverterPinyin(converted)).toBe(clean)
  })

  it.each([
    '先进县(市、区)工程',
    '(一)领导重视好',
    '活动(以下简称“创建活动”)以来',
    '的决定》(中发〔2000〕8号)',
    '评估指标体系(略)',
    '世界卫生组织(WHO)',
    '见附录(appendix)',
    '下列情形(a)',
    'version (fā)',
    '（市、区）',
  ])('keeps real brackets: %s', (text) => {
    expect(removeConverterPinyin(text)).toBe(text)
  })
})

describe('toSimplified', () => {
  it('converts Traditional text and says so', () => {
    const result = toSimplified('關於為發號區計劃生育優質服務的通知')
    expect(result).toEqual({ text: '关于为发号区计划生育优质服务的通知', wasTraditional: true })
  })

  it('converts the characters the old converter produced', () => {
    expect(toSimplified('成辦發〔2004〕5號').text).toBe('成办发〔2004〕5号')
    expect(toSimplified('於是').text).toBe('于是')
    expect(toSimplified('各區(市)縣').text).toBe('各区(市)县')
  })

  it('leaves Simplified text exactly as it is', () => {
    for (const text of ['计划生育优质服务', '取得了显著成效', '著作权', '（市、区）1998年']) {
      expect(toSimplified(text)).toEqual({ text, wasTraditional: false })
    }
  })

  it('does not call a Simplified text with one stray Traditional character Traditional', () => {
    const text =
      '为进一步推进计划生育优质服务工作，促进创建活动全面深入开展，现将有关事项通知如下：發'
    const result = toSimplified(text)
    expect(result.wasTraditional).toBe(false)
    expect(result.text.endsWith('发')).toBe(true)
  })
})
