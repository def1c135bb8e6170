import { describe, expect, it } from 'vitest'
import { formValidation, SHORT_COMPLAINT } from '../../fixtures/feedback-form'

const idCardError = '为保护您的隐私，请不要填写身份证号码'

// Written independently of the module: GB 11643 weights and check characters.
function withCheckCharacter(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * weights[i], 0)
  return first17 + '10X98765432'[sum % 11]
}

const { errorsOf } = formValidation(SHORT_COMPLAINT)

describe('ID numbers in what residents write', () => {
  const valid = withCheckCharacter('51010719850612123')
  const wellKnown = '11010519491231002X'

  it('computes the well-known test number the same way', () => {
    expect(withCheckCharacter('11010519491231002')).toBe(wellKnown)
  })

  it.each([
    ['message', `我的身份证号是${valid}，请帮忙查询。`],
    ['message', `身份证：${wellKnown.toLowerCase()} 谢谢`],
    ['message', `身份证 ${valid.slice(0, 6)} ${valid.slice(6, 14)} ${valid.slice(14)} 谢谢`],
    ['message', `身份证号 ${[...valid].map((d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).join('')} 谢谢`],
    ['message', '老身份证号码是510107850612123，现在还能用吗？'],
    ['subject', `查询${wellKnown}`],
    ['name', wellKnown],
  ])('rejects one in the %s', (field, text) => {
    expect(errorsOf({ [field]: text })).toEqual({ [field]: idCardError })
  })

  it('does not mistake other long numbers for ID numbers', () => {
    const wrongChecksum = valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0')
    for (const message of [
      `订单号${wrongChecksum}，请帮忙查询。`,
      '随机数字 123456789012345678 不是身份证号码',
      '银行卡号 6222021234567890123 不是身份证号码',
      '电话 13812345678 或 028-87654321，请回电',
      // 15 digits whose "birth date" (99-13-45) does not exist.
      '业务编号 510107991345123，请查询进度',
      `号码 ${withCheckCharacter('51010720991231123')}：出生日期还没到，不是身份证`,
    ]) {
      expect(errorsOf({ message })).toEqual({})
    }
  })
})
