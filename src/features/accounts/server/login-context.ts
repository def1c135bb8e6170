import type { PayloadRequest } from 'payload'

/**
 * Why our own login checks refused a try, kept on the request for the after-error hook that
 * audits it and counts it: `throttled` (too many failures, not counted again), `deactivated` and
 * `locked` (right password, account off), `code-missing` and `code-wrong` (the second factor).
 */
export type LoginRefusal = 'throttled' | 'deactivated' | 'locked' | 'code-missing' | 'code-wrong' | 'mfa-setup-required'

const KEY = 'accountsLoginRefusal'

export function noteLoginRefusal(req: PayloadRequest, refusal: LoginRefusal) {
  ;(req.context as Record<string, unknown>)[KEY] = refusal
}

export function loginRefusalOf(req: PayloadRequest): LoginRefusal | undefined {
  return (req.context as Record<string, unknown>)[KEY] as LoginRefusal | undefined
}


const CODE_KEY = 'accountsLoginCode'

/** The second-factor code (TOTP or recovery code) sent with a login as `totp`, for beforeLogin. */
export function noteLoginCode(req: PayloadRequest, code: unknown) {
  ;(req.context as Record<string, unknown>)[CODE_KEY] = typeof code === 'string' ? code.slice(0, 64) : ''
}

export function loginCodeOf(req: PayloadRequest): string {
  return String((req.context as Record<string, unknown>)[CODE_KEY] ?? '')
}
