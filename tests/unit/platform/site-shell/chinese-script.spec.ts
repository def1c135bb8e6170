import { describe, expect, it } from 'vitest'
import { htmlLang, inScript, isScript } from '@/platform/site-shell/chinese-script'

describe('Simplified and Traditional characters', () => {
  it('leaves Simplified text as it is', () => {
    expect(inScript('hans', '计划生育服务网点')).toBe('计划生育服务网点')
  })

  it('produces Traditional characters with OpenCC', () => {
    expect(inScript('hant', '计划生育服务网点')).toBe('計劃生育服務網點')
    expect(inScript('hant', '婚育新风进万家')).toBe('婚育新風進萬家')
    expect(inScript('hant', '长者模式')).toBe('長者模式')
  })

  it('keeps digits, Latin text and punctuation', () => {
    expect(inScript('hant', '热线 12320，成办发〔2004〕5号')).toBe('熱線 12320，成辦發〔2004〕5號')
  })

  it('knows only the two scripts', () => {
    expect(isScript('hant')).toBe(true)
    expect(isScript('en')).toBe(false)
    expect(htmlLang('hant')).toBe('zh-Hant')
  })
})
