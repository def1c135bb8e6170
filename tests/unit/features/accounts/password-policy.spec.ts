import { describe, expect, it } from 'vitest'
import { passwordProblem } from '@/features/accounts/rules/password-policy'

const context = { email: 'liu.banli@example.test', siteNames: ['成都市家庭健康', 'cdjsw'] }

describe('password policy', () => {
  it('accepts a long passphrase of any characters', () => {
    expect(passwordProblem('Correct-Horse-42', context)).toBeNull()
    expect(passwordProblem('我家门口有三棵大树和一条河', context)).toBeNull()
    expect(passwordProblem('with spaces in it ok', context)).toBeNull()
  })

  it('refuses short and overlong passwords, counting characters not bytes', () => {
    expect(passwordProblem('abc', context)).toMatch(/至少需要 12 个字符，现在是 3 个/)
    expect(passwordProblem('短密码十一个字符而已啊', context)).toMatch(/现在是 11 个/)
    expect(passwordProblem('x'.repeat(129), context)).toMatch(/最多 128 个字符/)
    expect(passwordProblem('x'.repeat(128), context)).toBeNull()
  })

  it('refuses common and breached passwords whatever their case', () => {
    expect(passwordProblem('password1234', context)).toMatch(/常见或已泄露/)
    expect(passwordProblem('PASSWORD1234', context)).toMatch(/常见或已泄露/)
    expect(passwordProblem('qwertyuiop123', context)).toMatch(/常见或已泄露/)
  })

  it('refuses the e-mail, its local part and the site name', () => {
    expect(passwordProblem('my-liu.banli-secret', context)).toMatch(/@ 前面/)
    expect(passwordProblem('liu.banli@example.test!', context)).toMatch(/电子邮箱地址/)
    expect(passwordProblem('我爱成都市家庭健康2026年', context)).toMatch(/本网站的名称/)
    expect(passwordProblem('CDJSW-staff-2026', context)).toMatch(/本网站的名称/)
  })

  it('asks for a password when there is none', () => {
    expect(passwordProblem('', context)).toBe('请填写密码。')
    expect(passwordProblem(undefined, context)).toBe('请填写密码。')
  })
})
