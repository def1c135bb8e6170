import { describe, expect, it } from 'vitest'
import {
  findPersonalData,
  maskForStaff,
  PERSONAL_DATA_LABELS,
  PERSONAL_DATA_MASKS,
  redactPersonalData,
} from '@/features/feedback/rules/personal-data/personal-data'
import { POSITIVES } from './personal-data-corpus'

const message =
  '我叫刘芳，我爱人王强。电话138 0013 8000，身份证510106199001011234，邮箱 liufang(at)163.com，' +
  'QQ 12345678，微信 lf_2024，卡号6222021234567890128，车牌川A12345，' +
  '家住武侯区人民南路四段12号3栋2单元501。我上个月做了人流。'

describe('redactPersonalData and maskForStaff', () => {
  it.each([
    [
      'put a notice in Chinese for each kind, and mask only the health phrase',
      redactPersonalData,
      '我叫【姓名已隐去】，我爱人【姓名已隐去】。电话【手机号已隐去】，身份证【身份证号已隐去】，邮箱 【邮箱已隐去】，' +
        'QQ 【QQ号已隐去】，微信 【微信号已隐去】，卡号【银行卡号已隐去】，车牌【车牌号已隐去】，' +
        '家住武侯区【住址已隐去】。我上个月做了【健康信息已隐去】。',
    ],
    [
      'leave staff a hint of each kind',
      maskForStaff,
      '我叫刘*，我爱人王*。电话138****8000，身份证5101************34，邮箱 l******@163.com，' +
        'QQ 12****，微信 lf****，卡号6222 **** 0128，车牌川A****，' +
        '家住武侯区人民南路****。我上个月做了【健康信息已隐去】。',
    ],
  ])('%s', (_, mask, expected) => {
    expect(mask(message)).toBe(expected)
  })
})

describe('redactPersonalData', () => {
  it('accepts the known names as before, or in the options', () => {
    expect(redactPersonalData('张伟来过', ['张伟'])).toBe('【姓名已隐去】来过')
    expect(redactPersonalData('张伟来过', { knownNames: ['张伟'] })).toBe('【姓名已隐去】来过')
  })

  it('finds nothing more in what it redacted', () => {
    for (const { text, knownNames } of POSITIVES) {
      const redacted = redactPersonalData(text, { knownNames })
      expect(findPersonalData(redacted, { knownNames }), redacted).toEqual([])
    }
  })

  it('has a label and a mask for every kind', () => {
    expect(Object.keys(PERSONAL_DATA_MASKS).sort()).toEqual(Object.keys(PERSONAL_DATA_LABELS).sort())
    expect(Object.values(PERSONAL_DATA_MASKS).every((mask) => /^【.+已隐去】$/.test(mask))).toBe(true)
  })
})

describe('the allow-list', () => {
  it('never flags the national hotlines, with or without an area code', () => {
    expect(findPersonalData('电话12320，热线028-12345，拨打 0086 28 12320')).toEqual([])
  })

  it('never flags what staff list as the office’s own, in any spelling', () => {
    const allowList = ['028-61881234', 'wsjkw@cd.gov.cn']
    expect(findPersonalData('请拨（028）6188 1234转8001或写信到wsjkw@cd.gov.cn', { allowList })).toEqual([])
    expect(findPersonalData('办公室 61881234', { allowList })).toEqual([])
    expect(findPersonalData('我的电话028-61881235', { allowList }).map((hit) => hit.kind)).toEqual(['phone'])
  })

  it('cannot make a name, an ID number or a health detail public', () => {
    const allowList = ['刘芳', '510106199001011234', '怀孕']
    expect(findPersonalData('我爱人刘芳怀孕了，身份证510106199001011234', { allowList }).map((hit) => hit.kind)).toEqual([
      'name',
      'health',
      'id-card',
    ])
  })
})

describe('maskForStaff', () => {
  it('masks numbers however they were written', () => {
    expect(maskForStaff('电话一三八零零一三八零零零')).toBe('电话138****8000')
    expect(maskForStaff('座机028.8612.3456')).toBe('座机028-****3456')
    expect(maskForStaff('邮箱 wang # 163 dot com')).toBe('邮箱 w***@163.com')
  })
})
