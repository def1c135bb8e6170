import { describe, expect, it } from 'vitest'
import { auditVerdict, compareVersions, parseVersion, versionProblems } from '../../../scripts/package-versions.mjs'

describe('compareVersions', () => {
  it('compares numerically, part by part', () => {
    expect(compareVersions('3.90.0', '3.90.0')).toBe(0)
    expect(compareVersions('3.90.1', '3.90.0')).toBeGreaterThan(0)
    expect(compareVersions('3.89.9', '3.90.0')).toBeLessThan(0)
    expect(compareVersions('3.100.0', '3.90.0')).toBeGreaterThan(0)
    expect(compareVersions('4.0.0', '3.999.999')).toBeGreaterThan(0)
    expect(compareVersions('16.4.0', '16.10.0')).toBeLessThan(0)
  })

  it('puts a prerelease below its release', () => {
    expect(compareVersions('3.90.0-beta.1', '3.90.0')).toBeLessThan(0)
    expect(compareVersions('16.4.0-canary.3', '16.4.0-canary.2')).toBeGreaterThan(0)
  })

  it('rejects what is not a version', () => {
    expect(parseVersion('latest')).toBeNull()
    expect(() => compareVersions('^3.90.0', '3.90.0')).toThrow()
  })
})

describe('versionProblems', () => {
  const good = { payload: '3.90.1', '@payloadcms/next': '3.90.1', '@payloadcms/ui': '3.90.1', next: '16.4.6' }

  it('accepts equal Payload packages at or above 3.90.0 and next at or above 16.4.0', () => {
    expect(versionProblems(good)).toEqual([])
    expect(versionProblems({ payload: '3.90.0', '@payloadcms/ui': '3.90.0', next: '16.4.0' })).toEqual([])
  })

  it('fails a Payload package below the floor', () => {
    const problems = versionProblems({ ...good, payload: '3.89.0', '@payloadcms/next': '3.89.0', '@payloadcms/ui': '3.89.0' })
    expect(problems).toHaveLength(3)
    expect(problems[0]).toMatch(/payload 3\.89\.0 is below the floor 3\.90\.0/)
  })

  it('fails next below 16.4.0, or a prerelease of it', () => {
    expect(versionProblems({ ...good, next: '16.3.9' })).toEqual(['next 16.3.9 is below the floor 16.4.0.'])
    expect(versionProblems({ ...good, next: '16.4.0-canary.1' })).toHaveLength(1)
  })

  it('fails mixed Payload versions even when all are above the floor', () => {
    const problems = versionProblems({ ...good, '@payloadcms/ui': '3.90.2' })
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/same version/)
  })

  it('fails a missing package or an unreadable version', () => {
    expect(versionProblems({ '@payloadcms/ui': '3.90.1', next: '16.4.6' })).toContain('payload is not installed.')
    expect(versionProblems({ ...good, next: 'workspace:*' })).toContain('next has an unreadable version "workspace:*".')
  })
})

describe('auditVerdict', () => {
  it('reads findings at or above the level', () => {
    const report = JSON.stringify({ metadata: { vulnerabilities: { info: 0, low: 2, moderate: 1, high: 1, critical: 0 } } })
    expect(auditVerdict(1, report).verdict).toBe('findings')
    expect(auditVerdict(0, JSON.stringify({ metadata: { vulnerabilities: { low: 3, high: 0, critical: 0 } } })).verdict).toBe('clean')
  })

  it('tells a registry without an audit endpoint from a clean result', () => {
    const refused = JSON.stringify({ message: '405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk', statusCode: 405, error: { summary: '', detail: '' } })
    expect(auditVerdict(1, refused)).toEqual({ verdict: 'unavailable', detail: expect.stringContaining('405') })
    expect(auditVerdict(1, 'npm error audit endpoint returned an error').verdict).toBe('unavailable')
  })
})
