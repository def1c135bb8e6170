import { describe, expect, it } from 'vitest'
import { validateFeedbackInput } from '@/features/feedback/rules/intake'
import { luhnValid } from '@/features/feedback/rules/personal-data/detectors/bank-cards'
import { findPersonalData } from '@/features/feedback/rules/personal-data/personal-data'

const found = (text: string) => findPersonalData(text).map((hit) => [hit.kind, hit.text, hit.reason])

describe('phone numbers', () => {
  it.each([
    ['13812345678 028 8612 3456', [['phone', '13812345678', '疑似手机号'], ['phone', '028 8612 3456', '疑似电话号码']]],
    ['电话(+86)138 0013 8000', [['phone', '(+86)138 0013 8000', '疑似手机号']]],
    ['座机028-86123456 转 8001。', [['phone', '028-86123456 转 8001', '疑似电话号码']]],
    ['打 8612-3456 找我', [['phone', '8612-3456', '疑似电话号码']]],
    ['号码：5123 4567 89', [['phone', '5123 4567 89', '疑似电话号码']]],
  ])('reads %j', (text, expected) => {
    expect(found(text)).toEqual(expected)
  })

  it.each([
    '138****8000',
    '2026-03-05 和 2026.3.5 和 20260305',
    '2024-2026年规划',
    '全市共有12345678人',
    '编号 86123456',
    '第1234567号',
    '一二三四五六', // six numerals are a count, not a number
  ])('leaves %j alone', (text) => {
    expect(findPersonalData(text)).toEqual([])
  })
})

describe('ID numbers', () => {
  const valid = '11010519491231002X'
  const wrongCheck = '110105194912310021'

  it('tells a checksum-valid number from a merely plausible one, and flags both', () => {
    expect(found(valid)).toEqual([['id-card', valid, '身份证号']])
    expect(found(wrongCheck)).toEqual([['id-card', wrongCheck, '疑似身份证号']])
  })

  it('leaves the form’s own check as strict as it was', () => {
    const result = validateFeedbackInput({
      kind: 'consultation',
      subject: '办理进度',
      message: `订单号${wrongCheck}，请帮忙查询。`,
      publishConsent: 'no',
    })
    expect(result.ok).toBe(true)
  })

  it.each([
    ['510106********123X', '疑似身份证号（部分隐去）'],
    ['510106900101123', '疑似身份证号（15位旧号）'],
    ['身份证 990106199001011234', '疑似身份证号'], // no such province, but named as an ID
  ])('flags %j as %j', (text, reason) => {
    expect(found(text).map(([, , why]) => why)).toEqual([reason])
  })

  it.each(['123456789012345678', '510106199013451234', '**************123X'])(
    'leaves %j alone (no province, no date, nothing left to see)',
    (text) => {
      expect(findPersonalData(text)).toEqual([])
    },
  )
})

describe('bank cards', () => {
  it('knows the Luhn check', () => {
    expect(luhnValid('6222021234567890128')).toBe(true)
    expect(luhnValid('6222021234567890123')).toBe(false)
  })

  it('flags a card named as one, or a valid number with a card issuer’s prefix', () => {
    expect(found('银行卡号 6222021234567890123')).toEqual([['bank-card', '6222021234567890123', '疑似银行卡号']])
    expect(found('6222 0212 3456 7890 128')).toEqual([['bank-card', '6222 0212 3456 7890 128', '疑似银行卡号']])
    expect(found('订单号6222021234567890128')).toEqual([])
    expect(found('流水 1234567890123456')).toEqual([])
  })
})
