/** Whether an account may log in now: deactivated (停用) and locked by an administrator (锁定) may not. */
export type AccountState = { deactivated?: boolean | null; lockedUntil?: string | Date | null }

export type LoginBar = { kind: 'deactivated' | 'locked'; message: string } | null

export function loginBar(account: AccountState, now: Date): LoginBar {
  if (account.deactivated) return { kind: 'deactivated', message: '此账户已停用，不能登录。如需恢复使用，请联系网站管理员重新启用。' }
  const until = account.lockedUntil ? new Date(account.lockedUntil) : null
  if (until && until.getTime() > now.getTime()) {
    return { kind: 'locked', message: '此账户已被管理员暂时锁定，不能登录。请联系网站管理员。' }
  }
  return null
}

/** True when a change switches the account off (so its sessions must end). */
export function switchesOff(before: AccountState | undefined, after: AccountState, now: Date): boolean {
  const wasOff = before ? loginBar(before, now) !== null : false
  return !wasOff && loginBar(after, now) !== null
}
