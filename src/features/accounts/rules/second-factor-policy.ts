/** The roles that reach residents' messages or can change who does: they need a second factor. */
export const SECOND_FACTOR_ROLES = ['admin', 'reviewer', 'handler'] as const

const DAY = 24 * 60 * 60 * 1000

export type SecondFactorAccount = {
  roles?: readonly string[] | null
  totpEnabledAt?: string | Date | null
  /** When the grace period began: account creation, or an administrator's reset of the factor. */
  secondFactorGraceFrom?: string | Date | null
  createdAt?: string | Date | null
}

/**
 * What a login must show beyond the password: `none` (role without it, or turned off for the
 * demo), `code` (set up: a TOTP or recovery code), `grace` (not set up, still allowed until
 * `deadline`), `setup-overdue` (not set up and the grace period is over: refused).
 */
export function secondFactorAtLogin(account: SecondFactorAccount, now: Date, graceDays: number, enforced: boolean):
  | { need: 'none' | 'code' | 'setup-overdue' }
  | { need: 'grace'; deadline: Date } {
  if (!enforced) return { need: 'none' }
  if (account.totpEnabledAt) return { need: 'code' }
  if (!(account.roles ?? []).some((role) => (SECOND_FACTOR_ROLES as readonly string[]).includes(role))) return { need: 'none' }
  const from = new Date(account.secondFactorGraceFrom ?? account.createdAt ?? now)
  const deadline = new Date(from.getTime() + graceDays * DAY)
  return deadline.getTime() > now.getTime() ? { need: 'grace', deadline } : { need: 'setup-overdue' }
}
