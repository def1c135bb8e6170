import { describe, expect, it } from 'vitest'
import { NO_VERIFICATION_MESSAGE, NO_VERSIONS_MESSAGE, unsupportedRoute, type ApiShape } from '@/platform/security/rules/unsupported-route'

const shape: ApiShape = {
  collections: [
    { slug: 'feedback', versions: false, verify: false },
    { slug: 'policy-notices', versions: true, verify: false },
    { slug: 'users', versions: false, verify: false },
  ],
  globals: [
    { slug: 'site-settings', versions: false },
    { slug: 'policy-settings', versions: true },
  ],
}

describe('unsupportedRoute', () => {
  it('answers the version history of what keeps none, and verification where nothing is verified', () => {
    expect(unsupportedRoute('/api/feedback/versions', shape)).toBe(NO_VERSIONS_MESSAGE)
    expect(unsupportedRoute('/api/feedback/versions/3', shape)).toBe(NO_VERSIONS_MESSAGE)
    expect(unsupportedRoute('/api/globals/site-settings/versions', shape)).toBe(NO_VERSIONS_MESSAGE)
    expect(unsupportedRoute('/api/users/verify/x', shape)).toBe(NO_VERIFICATION_MESSAGE)
  })

  it('leaves existing features and unknown addresses to Payload', () => {
    for (const path of ['/api/policy-notices/versions', '/api/globals/policy-settings/versions', '/api/feedback/12', '/api/nothing/versions', '/api/users/me']) {
      expect({ path, message: unsupportedRoute(path, shape) }).toEqual({ path, message: null })
    }
  })
})
