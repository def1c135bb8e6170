import { describe, expect, it } from 'vitest'
import { hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCodes } from '@/features/accounts/rules/recovery-codes'
import { secondFactorAtLogin } from '@/features/accounts/rules/second-factor-policy'
import { loginBar } from '@/features/accounts/rules/account-state'

const now = new Date('2026-12-03T08:00:00Z')
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString()

describe('second factor policy', () => {
  it('asks for a code once set up, whatever the role', () => {
    expect(secondFactorAtLogin({ roles: ['editor'], totpEnabledAt: daysAgo(1) }, now, 14, true)).toEqual({ need: 'code' })
  })

  it('gives admin, reviewer and handler a grace period from creation or reset, then requires the set-up', () => {
    expect(secondFactorAtLogin({ roles: ['handler'], createdAt: daysAgo(3) }, now, 14, true).need).toBe('grace')
    expect(secondFactorAtLogin({ roles: ['reviewer'], createdAt: daysAgo(15) }, now, 14, true).need).toBe('setup-overdue')
    expect(secondFactorAtLogin({ roles: ['admin'], createdAt: daysAgo(30), secondFactorGraceFrom: daysAgo(1) }, now, 14, true).need).toBe('grace')
    expect(secondFactorAtLogin({ roles: ['editor'], createdAt: daysAgo(30) }, now, 14, true).need).toBe('none')
  })

  it('is off entirely when not enforced (the demo)', () => {
    expect(secondFactorAtLogin({ roles: ['handler'], totpEnabledAt: daysAgo(1) }, now, 14, false).need).toBe('none')
  })
})

describe('recovery codes', () => {
  it('makes ten distinct codes that hash alike however they are typed', () => {
    const codes = newRecoveryCodes()
    expect(codes).toHaveLength(10)
    expect(new Set(codes).size).toBe(10)
    expect(codes[0]).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/)
    expect(hashRecoveryCode(codes[0].toLowerCase().replace(/-/g, ' '))).toBe(hashRecoveryCode(codes[0]))
    expect(looksLikeRecoveryCode(codes[0])).toBe(true)
    expect(looksLikeRecoveryCode('123456')).toBe(false)
  })
})

describe('account state', () => {
  it('bars a deactivated account and one locked until later', () => {
    expect(loginBar({ deactivated: true }, now)?.kind).toBe('deactivated')
    expect(loginBar({ lockedUntil: daysAgo(-1) }, now)?.kind).toBe('locked')
    expect(loginBar({ lockedUntil: daysAgo(1) }, now)).toBeNull()
  })
})
