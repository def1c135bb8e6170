import { afterEach, describe, expect, it, vi } from 'vitest'
import { securityHeaders, strictTransportSecurity } from '@/platform/security/security-headers.mjs'

const hsts = (headers: { key: string; value: string }[]) => headers.find((header) => header.key === 'Strict-Transport-Security')?.value

describe('Strict-Transport-Security', () => {
  it('is sent in production when the public address is https://', () => {
    expect(hsts(securityHeaders('production', 'https://www.example.gov.cn'))).toBe('max-age=31536000; includeSubDomains')
  })

  it('is not sent over plain HTTP, nor outside production', () => {
    expect(hsts(securityHeaders('production', 'http://127.0.0.1:3000'))).toBeUndefined()
    expect(hsts(securityHeaders('production', undefined))).toBeUndefined()
    expect(strictTransportSecurity('development', 'https://www.example.gov.cn')).toEqual([])
  })
})

describe('staff session cookie settings', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.resetModules()
  })

  const cookiesWith = async (nodeEnv: string, serverUrl: string) => {
    vi.stubEnv('NODE_ENV', nodeEnv)
    vi.stubEnv('SERVER_URL', serverUrl)
    vi.resetModules()
    const { Users } = await import('@collections/Users')
    return typeof Users.auth === 'object' ? Users.auth.cookies : undefined
  }

  it('is Secure and SameSite in production over HTTPS', async () => {
    expect(await cookiesWith('production', 'https://www.example.gov.cn')).toMatchObject({ secure: true, sameSite: 'Lax' })
  })

  it('is not Secure over plain HTTP, where browsers would drop it', async () => {
    expect(await cookiesWith('production', 'http://127.0.0.1:3000')).toMatchObject({ secure: false, sameSite: 'Lax' })
  })
})
