import { describe, expect, it } from 'vitest'
import { validateFeedbackInput } from '@/features/feedback/rules/intake'
import { luhnValid } from '@/features/feedback/rules/personal-data/detectors/bank-cards'
import { findPersonalData } from '@/features/feedback/rules/personal-data/personal-data'

// What the edge cases (personal-data-edge-cases.tsv) cannot say: reasons, options, the form.
const reasonsOf = (text: string, knownNames: string[] = []) =>
  findPersonalData(text, { knownNames }).map((hit) => hit.reason)

describe('ID numbers', () => {
  it('says why each was taken for one: checksum, plausible, half-masked, old, named', () => {
    const texts = [
      '11010519491231002X',
      '110105194912310021',
      '510106********123X',
      '510106900101123',
      '身份证 990106199001011234',
    ]
    expect(texts.flatMap((text) => reasonsOf(text))).toEqual([
      '身份证号',
      '疑似身份证号',
      '疑似身份证号（部分隐去）',
      '疑似身份证号（15位旧号）',
      '疑似身份证号',
    ])
  })

  it('leaves the form’s own check as strict as it was', () => {
    const message = '订单号110105194912310021，请帮忙查询。'
    const input = { kind: 'consultation', subject: '办理进度', message, publishConsent: 'no' }
    expect(validateFeedbackInput(input).ok).toBe(true)
    expect(reasonsOf(message)).toEqual(['疑似身份证号'])
  })
})

describe('bank cards', () => {
  it('know the Luhn check', () => {
    expect(luhnValid('6222021234567890128')).toBe(true)
    expect(luhnValid('6222021234567890123')).toBe(false)
  })
})

describe('names and health details', () => {
  it('say which names are the resident’s own', () => {
    expect(reasonsOf('张建国反映，我叫李芳', ['张建国'])).toEqual(['留言人姓名', '疑似姓名'])
    expect(findPersonalData('王老师说材料齐全。', ['王'])).toEqual([])
  })

  it('tie a health term to a name in the same sentence, not in another one', () => {
    const kinds = (text: string) => findPersonalData(text, ['刘芳']).map((hit) => hit.kind)
    expect(kinds('刘芳怀孕了')).toEqual(['name', 'health'])
    expect(kinds('刘芳来过。怀孕期间可以申请。')).toEqual(['name'])
  })
})

describe('addresses', () => {
  it('never flag one staff list as public, but do flag a flat in the same building', () => {
    const allowList = ['成华区府青路一段2号']
    const addresses = (text: string) => findPersonalData(text, { allowList }).map((hit) => hit.text)
    expect(addresses('请到府青路一段2号办理')).toEqual([])
    expect(addresses('我住府青路一段2号3栋')).toEqual(['府青路一段2号3栋'])
  })
})
