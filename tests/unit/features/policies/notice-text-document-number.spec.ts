import { describe, expect, it } from 'vitest'
import { findDocumentNumbers, normaliseDocumentNumber } from '@/features/policies/rules/notice-text'

describe('normaliseDocumentNumber', () => {
  it.each([
    '成办发〔2004〕5号',
    '成办发[2004]5号',
    '成办发(2004)5号',
    '成办发［2004］5号',
    '成办发【2004】5号',
    '成办发（2004）5号',
    '成办发 〔2004〕 5 号',
    '成办发〔2004〕5',
    '成办发〔２００４〕５号',
    '成辦發〔2004〕5號',
    '成办发〔2004〕05号',
    '成办发〔2004〕第5号',
  ])('%s → 成办发〔2004〕5号', (raw) => {
    expect(normaliseDocumentNumber(raw)).toBe('成办发〔2004〕5号')
  })

  it.each(['', '成都市人民政府办公厅', '2004年1月14日', '〔2004〕5号', '成办发2004年5号'])(
    '%s is not a document number',
    (raw) => {
      expect(normaliseDocumentNumber(raw)).toBeUndefined()
    },
  )
})

describe('findDocumentNumbers', () => {
  it('finds numbers in a sentence, without the words before the issuer', () => {
    const text =
      '根据《决定》（中發〔2000〕8號）和川办函[2003]160号精神，转发国办发(2003)1号，依据中发〔2000〕8号。'
    expect(findDocumentNumbers(text)).toEqual([
      '中发〔2000〕8号',
      '川办函〔2003〕160号',
      '国办发〔2003〕1号',
    ])
  })

  it('needs the 号 in free text', () => {
    expect(findDocumentNumbers('成办发〔2004〕5 份文件，2004年的（2004）计划')).toEqual([])
  })
})
