/** A withdrawn page stays online with a banner and its public reason, and leaves every list. */
export type WithdrawalState = { withdrawn?: boolean | null; withdrawnAt?: string | null; reason?: string | null }

export const WITHDRAWAL_REASON_MAX = 300

export function isWithdrawn(doc: { withdrawal?: WithdrawalState | null } | null | undefined): boolean {
  return Boolean(doc?.withdrawal?.withdrawn)
}

/**
 * The stored withdrawal after a save: the date is the server's, set when the page is first
 * withdrawn and kept while it stays withdrawn; restoring a page clears date and reason.
 */
export function nextWithdrawal(previous: WithdrawalState | null | undefined, incoming: WithdrawalState | null | undefined, now: Date): WithdrawalState {
  if (!incoming?.withdrawn) return { withdrawn: false, withdrawnAt: null, reason: null }
  const reason = (incoming.reason ?? '').trim()
  const withdrawnAt = previous?.withdrawn && previous.withdrawnAt ? previous.withdrawnAt : now.toISOString()
  return { withdrawn: true, withdrawnAt, reason }
}

/** Whether a save turns withdrawal on or off (only reviewers and administrators may). */
export function withdrawalChanged(previous: WithdrawalState | null | undefined, incoming: WithdrawalState | null | undefined): boolean {
  return Boolean(previous?.withdrawn) !== Boolean(incoming?.withdrawn)
}

/** Why a withdrawal cannot be saved, or null. */
export function withdrawalProblem(incoming: WithdrawalState | null | undefined): string | null {
  if (!incoming?.withdrawn) return null
  const reason = (incoming.reason ?? '').trim()
  if (!reason) return '撤回时请填写向公众说明的撤回原因。'
  if (reason.length > WITHDRAWAL_REASON_MAX) return `撤回原因请控制在 ${WITHDRAWAL_REASON_MAX} 字以内。`
  return null
}
