/**
 * The same status values as src/features/feedback/rules/feedback-status.ts (a unit test keeps them in step); they
 * are repeated here so the domain code stays free of app imports.
 */
export const HANDLING_STATUSES = [
  'received',
  'accepted',
  'declined',
  'transferred',
  'assigned',
  'replied',
  'closed',
] as const

export type HandlingStatus = (typeof HANDLING_STATUSES)[number]

export const STATUS_LABELS: Readonly<Record<HandlingStatus, string>> = Object.freeze({
  received: '已收到',
  accepted: '已受理',
  declined: '不予受理',
  transferred: '已转办',
  assigned: '办理中',
  replied: '已答复',
  closed: '已办结',
})

/** Declined, transferred and closed messages are finished here; nothing leads out of them. */
export const NEXT_STATUSES: Readonly<Record<HandlingStatus, readonly HandlingStatus[]>> =
  Object.freeze({
    received: ['accepted', 'declined', 'transferred'],
    accepted: ['assigned'],
    assigned: ['replied'],
    replied: ['closed', 'assigned'],
    declined: [],
    transferred: [],
    closed: [],
  })

export function isHandlingStatus(value: unknown): value is HandlingStatus {
  return (HANDLING_STATUSES as readonly unknown[]).includes(value)
}

export type StatusCheck = { ok: true } | { ok: false; message: string }

/**
 * For a hook that only sees the old and new status: refuses skipped steps and moves out of
 * finished states. A new message (no old status) must start as received. Pass `reopenCount`
 * when known, so a second reopening (replied → assigned) is refused as well. Unchanged status
 * is allowed: saving other fields is not a status change.
 */
export function checkStatusChange(
  from: string | null | undefined,
  to: string | null | undefined,
  context: { reopenCount?: number } = {},
): StatusCheck {
  if (!isHandlingStatus(to)) return { ok: false, message: `未知的办理状态：${String(to)}` }
  if (from === null || from === undefined || from === '') {
    return to === 'received'
      ? { ok: true }
      : { ok: false, message: '新留言的状态只能是“已收到”' }
  }
  if (!isHandlingStatus(from)) return { ok: false, message: `未知的办理状态：${from}` }
  if (from === to) return { ok: true }
  if (!NEXT_STATUSES[from].includes(to)) {
    const finished = NEXT_STATUSES[from].length === 0
    return {
      ok: false,
      message: finished
        ? `留言已是“${STATUS_LABELS[from]}”状态，不能再改为“${STATUS_LABELS[to]}”`
        : `留言不能从“${STATUS_LABELS[from]}”直接改为“${STATUS_LABELS[to]}”`,
    }
  }
  if (from === 'replied' && to === 'assigned' && (context.reopenCount ?? 0) >= 1) {
    return { ok: false, message: '留言已重新办理过一次，不能再次重新办理' }
  }
  return { ok: true }
}

export function canChangeStatus(
  from: string | null | undefined,
  to: string | null | undefined,
  context: { reopenCount?: number } = {},
): boolean {
  return checkStatusChange(from, to, context).ok
}
