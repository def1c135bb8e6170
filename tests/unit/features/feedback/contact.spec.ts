import { describe, expect, it } from 'vitest'
import { validateFeedbackInput } from '@/features/feedback/rules/intake'
import { formValidation, SHORT_COMPLAINT } from '../../fixtures/feedback-form'

const phoneError = '请填写正确的手机号码或固定电话，例如 13812345678 或 028-12345678'
const { errorsOf, dataOf } = formValidation(SHORT_COMPLAINT)

describe('phone', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['86-138-1234-5678', '13812345678'],
    ['0086 19912345678', '19912345678'],
    ['１３８１２３４５６７８', '13812345678'],
    ['028-12345678', '028-12345678'],
    ['028 8765 4321', '028-87654321'],
    ['02887654321', '028-87654321'],
    ['028-8765-4321', '028-87654321'],
    // Brackets round the area code are how many people write it; accepted.
    ['(028)12345678', '028-12345678'],
    ['（028）1234 5678', '028-12345678'],
    ['010-12345678', '010-12345678'],
    ['0831-1234567', '0831-1234567'],
    ['08311234567', '0831-1234567'],
    ['028-12345678-123', '028-12345678-123'],
    ['028-12345678转123', '028-12345678-123'],
    ['028 12345678 转 8001', '028-12345678-8001'],
  ])('accepts %j as %j', (phone, normalised) => {
    expect(dataOf({ phone }).phone).toBe(normalised)
  })

  it.each([
    '12345',
    '12812345678',
    '1381234567',
    '138123456789',
    '+1 415 555 0100',
    '028-123456',
    '28-12345678',
    '028-12345678-1234567',
    'abc13812345678',
    '138\n12345678',
  ])('rejects %j', (phone) => {
    expect(errorsOf({ phone })).toEqual({ phone: phoneError })
  })
})

describe('e-mail', () => {
  it('lower-cases the domain only', () => {
    expect(dataOf({ email: ' Zhang.San+wsb@QQ.Com ' }).email).toBe('Zhang.San+wsb@qq.com')
    expect(dataOf({ email: 'li_lei@mail.chengdu.gov.cn' }).email).toBe('li_lei@mail.chengdu.gov.cn')
    expect(dataOf({ email: 'wangxm＠163．com' }).email).toBe('wangxm@163.com')
  })

  it.each([
    'zhangsan',
    'zhangsan@',
    '@qq.com',
    'zhang san@qq.com',
    'zhangsan@qq',
    'zhangsan@qq..com',
    'zhang..san@qq.com',
    '.zhangsan@qq.com',
    'zhangsan@-qq.com',
    'zhangsan@qq.c',
    'zhang\nsan@qq.com',
    'a@b@qq.com',
    'zhangsan@qq.com\r\nBcc: x@y.cn',
  ])('rejects %j', (email) => {
    expect(errorsOf({ email })).toEqual({ email: '请填写正确的电子邮箱地址' })
  })

  it('rejects addresses over 100 characters', () => {
    expect(errorsOf({ email: `${'a'.repeat(60)}@${'b'.repeat(40)}.cn` })).toEqual({
      email: '电子邮箱地址请不要超过 100 个字符',
    })
  })
})

describe('name', () => {
  it('is optional and kept as typed', () => {
    expect(dataOf({ name: '' }).name).toBeUndefined()
    expect(dataOf({ name: ' Li Lei ' }).name).toBe('Li Lei')
    expect(dataOf({ name: '欧阳娜娜' }).name).toBe('欧阳娜娜')
  })

  it('must be one line', () => {
    expect(errorsOf({ name: '王\r\n小明' })).toEqual({ name: '姓名中不能包含换行' })
    expect(errorsOf({ name: '王\n小明' })).toEqual({ name: '姓名中不能包含换行' })
  })

  it('must not be digits only, nor too long', () => {
    expect(errorsOf({ name: '13812345678' })).toEqual({ name: '姓名不能只填写数字，请填写您的姓名或称呼' })
    expect(errorsOf({ name: '１２３' })).toEqual({ name: '姓名不能只填写数字，请填写您的姓名或称呼' })
    expect(errorsOf({ name: '名'.repeat(31) })).toEqual({ name: '姓名请不要超过 30 个字' })
    expect(dataOf({ name: '名'.repeat(30) }).name).toHaveLength(30)
  })
})

describe('reply channel', () => {
  it('defaults to none', () => {
    expect(dataOf({}).replyBy).toBe('none')
    expect(dataOf({ replyBy: '' }).replyBy).toBe('none')
  })

  it('needs an e-mail address for a reply by e-mail', () => {
    expect(errorsOf({ replyBy: 'email', phone: '13812345678' })).toEqual({ email: '您选择了邮件答复，请填写电子邮箱' })
    expect(dataOf({ replyBy: 'email', email: 'a@qq.com' })).toMatchObject({ replyBy: 'email', email: 'a@qq.com' })
  })

  it('needs a phone number for a reply by phone', () => {
    expect(errorsOf({ replyBy: 'phone', email: 'a@qq.com' })).toEqual({ phone: '您选择了电话答复，请填写联系电话' })
    expect(dataOf({ replyBy: 'phone', phone: '028-87654321' })).toMatchObject({ replyBy: 'phone', phone: '028-87654321' })
  })

  it('reports a wrong address rather than a missing one', () => {
    expect(errorsOf({ replyBy: 'email', email: 'not-an-address' })).toEqual({ email: '请填写正确的电子邮箱地址' })
  })

  it('rejects a channel that is not offered', () => {
    expect(errorsOf({ replyBy: 'fax' })).toEqual({ replyBy: '请选择答复方式' })
  })
})

describe('publication consent', () => {
  it('maps yes and no', () => {
    expect(dataOf({ publishConsent: 'yes' }).publishConsent).toBe(true)
    expect(dataOf({ publishConsent: 'no' }).publishConsent).toBe(false)
  })

  it.each([undefined, '', 'on', 'true', ['yes'], true])('asks again for %j', (publishConsent) => {
    expect(errorsOf({ publishConsent })).toEqual({
      publishConsent: '请选择是否同意公开您的留言（公开时会隐去个人信息）',
    })
  })
})

describe('about', () => {
  it.each([
    ['policy:chengbanfa-2004-5', { type: 'policy', key: 'chengbanfa-2004-5' }],
    ['station:WJ-012', { type: 'station', key: 'WJ-012' }],
    ['district:510107', { type: 'district', key: '510107' }],
  ])('reads %j', (about, parsed) => {
    expect(dataOf({ about }).about).toEqual(parsed)
  })

  it.each([
    'policy:Chengbanfa',
    'policy:',
    `policy:${'a'.repeat(81)}`,
    'station:wj_012',
    'district:成华区',
    'notice:abc',
    'policy:a b',
    ['policy:abc'],
  ])('silently drops %j', (about) => {
    const result = validateFeedbackInput({ ...SHORT_COMPLAINT, about })
    expect(result.ok).toBe(true)
    expect(result.ok && result.data.about).toBeUndefined()
  })
})
