import { describe, expect, it } from 'vitest'
import { isSitePath, normalisePath, retirementsAfterSave } from '@/platform/publishing/rules/retirement'
import { isWithdrawn, nextWithdrawal, withdrawalProblem } from '@/platform/publishing/rules/withdrawal'

describe('withdrawal', () => {
  const now = new Date('2026-03-05T02:00:00Z')

  it('sets the date when first withdrawn and keeps it afterwards', () => {
    expect(nextWithdrawal(null, { withdrawn: true, reason: ' 原因 ' }, now)).toEqual({ withdrawn: true, withdrawnAt: now.toISOString(), reason: '原因' })
    const earlier = { withdrawn: true, withdrawnAt: '2026-01-01T00:00:00.000Z', reason: '旧' }
    expect(nextWithdrawal(earlier, { withdrawn: true, reason: '新', withdrawnAt: '1999-01-01' }, now).withdrawnAt).toBe(earlier.withdrawnAt)
  })

  it('clears date and reason when restored', () => {
    expect(nextWithdrawal({ withdrawn: true, withdrawnAt: 'x', reason: 'y' }, { withdrawn: false, reason: 'y' }, now)).toEqual({ withdrawn: false, withdrawnAt: null, reason: null })
  })

  it('needs a public reason of reasonable length', () => {
    expect(withdrawalProblem({ withdrawn: true, reason: '  ' })).toMatch('撤回原因')
    expect(withdrawalProblem({ withdrawn: true, reason: '字'.repeat(301) })).toMatch('300')
    expect(withdrawalProblem({ withdrawn: true, reason: '已被新文件替代。' })).toBeNull()
    expect(withdrawalProblem({ withdrawn: false })).toBeNull()
  })

  it('tells withdrawn documents apart', () => {
    expect(isWithdrawn({ withdrawal: { withdrawn: true } })).toBe(true)
    expect(isWithdrawn({ withdrawal: null })).toBe(false)
    expect(isWithdrawn(null)).toBe(false)
  })
})

describe('retired addresses', () => {
  it('accepts only paths on this site', () => {
    expect(isSitePath('/policies/a')).toBe(true)
    for (const bad of ['//evil.example/x', 'https://evil.example', '/\\evil', 'policies/a', '/a b', '']) expect(isSitePath(bad)).toBe(false)
  })

  it('normalises trailing slashes and queries', () => {
    expect(normalisePath('/policies/a/?x=1')).toBe('/policies/a')
    expect(normalisePath('/')).toBe('/')
  })

  it('retires the address a page left and restores the one it is public at', () => {
    expect(retirementsAfterSave('/outreach/a', null, null)).toEqual({ restore: [], retire: [{ path: '/outreach/a', status: '410', target: null }] })
    expect(retirementsAfterSave('/outreach/a', null, '/outreach/b')).toEqual({ restore: [], retire: [{ path: '/outreach/a', status: '308', target: '/outreach/b' }] })
    expect(retirementsAfterSave('/outreach/a', '/outreach/c', '/outreach/b').retire).toEqual([{ path: '/outreach/a', status: '308', target: '/outreach/c' }])
    expect(retirementsAfterSave('/outreach/a', '/outreach/a', null)).toEqual({ restore: ['/outreach/a'], retire: [] })
    expect(retirementsAfterSave(null, '/outreach/a', null)).toEqual({ restore: ['/outreach/a'], retire: [] })
    expect(retirementsAfterSave('/outreach/a', null, 'https://evil.example').retire[0].status).toBe('410')
    expect(retirementsAfterSave('/outreach/a', null, '/outreach/a').retire[0].status).toBe('410')
  })
})

describe('the document an address names', () => {
  it('reads the collection and slug or key back from a public address', async () => {
    const { documentAt, publicAddress } = await import('@/platform/publishing/withdrawal/public-address')
    expect(documentAt('/policies/chengbanfa-2004-5')).toEqual({ collection: 'policy-notices', field: 'slug', value: 'chengbanfa-2004-5' })
    expect(documentAt('/stations/jinjiang-001/')).toEqual({ collection: 'service-stations', field: 'key', value: 'jinjiang-001' })
    expect(documentAt('/health/%E9%98%B2%E8%89%BE')).toEqual({ collection: 'health-topics', field: 'slug', value: '防艾' })
    expect(documentAt('/open-government/annual-reports/2025')).toEqual({ collection: 'open-government-reports', field: 'slug', value: '2025' })
    expect(publicAddress('open-government-reports', { slug: '2025' })).toBe('/open-government/annual-reports/2025')
    for (const path of ['/', '/policies', '/policies/a/b', '/feedback/track', '/health/%E9', '/open-data/figures.csv', '/open-government/guide', '/open-government/annual-reports', '/open-government/annual-reports/2025/tables.csv']) expect(documentAt(path)).toBeNull()
    expect(publicAddress('service-stations', { key: 'jinjiang-001' })).toBe('/stations/jinjiang-001')
    expect(publicAddress('feedback', { slug: 'x' })).toBeNull()
  })
})
