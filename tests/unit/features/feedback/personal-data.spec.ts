import { describe, expect, it } from 'vitest'
import { findPersonalData, redactPersonalData } from '@/features/feedback/rules/intake'

const message =
  '您好！我叫王小明，住在成华区。我的手机号是138 1234 5678，邮箱 wangxm2024@163.com，' +
  '身份证号11010519491231002X。去年申请的独生子女父母奖励至今没有到账，麻烦王小明所在社区帮忙查一下。' +
  '社区电话是028-87654321。'

describe('findPersonalData', () => {
  it('finds the phone numbers, e-mail, ID number and name in a realistic message', () => {
    const hits = findPersonalData(message)
    expect(hits.map(({ kind, text }) => [kind, text])).toEqual([
      ['name', '王小明'],
      ['phone', '138 1234 5678'],
      ['email', 'wangxm2024@163.com'],
      ['id-card', '11010519491231002X'],
      ['name', '王小明'],
      ['phone', '028-87654321'],
    ])
    for (const hit of hits) expect(message.slice(hit.index, hit.index + hit.text.length)).toBe(hit.text)
  })

  it('finds the names it is given, wherever they occur', () => {
    expect(findPersonalData('李红梅反映的问题已转社区，李红梅本人已知悉。', ['李红梅'])).toEqual([
      { kind: 'name', reason: '留言人姓名', text: '李红梅', index: 0 },
      { kind: 'name', reason: '留言人姓名', text: '李红梅', index: 13 },
    ])
    expect(findPersonalData('联系人：Li Lei，座机（028）87654321转12')).toEqual([
      { kind: 'name', reason: '疑似姓名', text: 'Li Lei', index: 4 },
      { kind: 'phone', reason: '疑似电话号码', text: '（028）87654321转12', index: 13 },
    ])
  })

  it('ignores one-character names and numbers that are not personal data', () => {
    expect(findPersonalData('王老师说材料齐全。', ['王'])).toEqual([])
    expect(findPersonalData('请拨打12320或12345热线，编号123456789012345678。')).toEqual([])
  })

  it('prefers the e-mail over a phone number inside it', () => {
    expect(findPersonalData('邮箱13812345678@139.com')).toEqual([
      { kind: 'email', reason: '疑似邮箱', text: '13812345678@139.com', index: 2 },
    ])
  })
})

describe('redactPersonalData', () => {
  it('replaces each hit with a notice', () => {
    expect(redactPersonalData(message)).toBe(
      '您好！我叫【姓名已隐去】，住在成华区。我的手机号是【手机号已隐去】，邮箱 【邮箱已隐去】，' +
        '身份证号【身份证号已隐去】。去年申请的独生子女父母奖励至今没有到账，麻烦【姓名已隐去】所在社区帮忙查一下。' +
        '社区电话是【手机号已隐去】。',
    )
  })

  it('uses the submitter’s name even where the text does not introduce it', () => {
    expect(redactPersonalData('张建国同志反映的情况属实，姓名：李芳。', ['张建国'])).toBe(
      '【姓名已隐去】同志反映的情况属实，姓名：【姓名已隐去】。',
    )
  })

  it('leaves text without personal data alone', () => {
    const text = '您反映的问题已转成华区卫生健康局办理，请耐心等待。'
    expect(redactPersonalData(text)).toBe(text)
  })
})
