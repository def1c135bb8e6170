import { describe, expect, it } from 'vitest'
import { maskEmail, maskName, maskPhone } from '@/features/feedback/rules/intake'

describe('masks for staff screens', () => {
  it.each([
    ['13812341234', '138****1234'],
    ['+86 138 1234 1234', '138****1234'],
    ['028-12345678', '028-****5678'],
    ['0831-1234567', '0831-***4567'],
    ['028-12345678-123', '028-****5678-123'],
    ['12345', '12*45'],
    ['123456789', '12*****89'],
    ['1234', '1***'],
    ['', ''],
  ])('maskPhone(%j) → %j', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked)
  })

  it.each([
    ['zhangsan@qq.com', 'z*******@qq.com'],
    ['ab@qq.com', 'a*@qq.com'],
    ['a@qq.com', '*@qq.com'],
    ['verylongaddress2024@163.com', 'v********@163.com'],
  ])('maskEmail(%j) → %j', (email, masked) => {
    expect(maskEmail(email)).toBe(masked)
  })

  it.each([
    ['张三', '张*'],
    ['张三丰', '张**'],
    ['欧阳娜娜', '欧***'],
    ['Li Lei', 'L*****'],
    ['𠀋三', '𠀋*'],
    ['王', '*'],
  ])('maskName(%j) → %j', (name, masked) => {
    expect(maskName(name)).toBe(masked)
  })
})
