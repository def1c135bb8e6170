/** Where a resident's message stands, in the order staff and residents read them. */
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

type StatusFacts = {
  /** What residents and staff read. */
  label: string
  /** The statuses a message may move to; none for a message finished here. */
  next: readonly HandlingStatus[]
  /** Waiting for this office to act: the time limit runs. */
  clockRuns: boolean
  /** Accepted by this office (counted as 受理 in the open-data figures). */
  accepted: boolean
  /** Shown as a dated step on the resident's tracking page. */
  onResidentTimeline: boolean
}

/** Every fact about a status, written once: labels, options, moves and checks derive from it. */
const STATUS_FACTS: Readonly<Record<HandlingStatus, StatusFacts>> = Object.freeze({
  received: { label: '已收到', next: ['accepted', 'declined', 'transferred'], clockRuns: true, accepted: false, onResidentTimeline: true },
  accepted: { label: '已受理', next: ['assigned'], clockRuns: true, accepted: true, onResidentTimeline: true },
  declined: { label: '不予受理', next: [], clockRuns: false, accepted: false, onResidentTimeline: true },
  transferred: { label: '已转办', next: [], clockRuns: false, accepted: false, onResidentTimeline: true },
  // 办理中 → 已受理 is the handler sending it back to the dispatcher (退回), with a reason.
  assigned: { label: '办理中', next: ['replied', 'accepted'], clockRuns: true, accepted: true, onResidentTimeline: true },
  replied: { label: '已答复', next: ['closed', 'assigned'], clockRuns: false, accepted: true, onResidentTimeline: true },
  closed: { label: '已办结', next: [], clockRuns: false, accepted: true, onResidentTimeline: true },
})

const statusesWhere = (test: (facts: StatusFacts) => boolean): readonly HandlingStatus[] =>
  Object.freeze(HANDLING_STATUSES.filter((status) => test(STATUS_FACTS[status])))

const byStatus = <T>(pick: (facts: StatusFacts) => T): Readonly<Record<HandlingStatus, T>> =>
  Object.freeze(Object.fromEntries(HANDLING_STATUSES.map((status) => [status, pick(STATUS_FACTS[status])])) as Record<HandlingStatus, T>)

export const STATUS_LABELS = byStatus((facts) => facts.label)

/** Declined, transferred and closed messages are finished here; nothing leads out of them. */
export const NEXT_STATUSES = byStatus((facts) => facts.next)

/** The select options of the status field, in order. */
export const STATUS_OPTIONS = HANDLING_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] }))

/** Still waiting for this office: received, accepted, being handled. */
export const OPEN_STATUSES = statusesWhere((facts) => facts.clockRuns)

/** Finished here (办结, 不予受理 or 转办): the retention period counts from these. */
export const FINISHED_STATUSES = statusesWhere((facts) => facts.next.length === 0)

/** Accepted by this office at some point (受理 in the monthly figures). */
export const ACCEPTED_STATUSES = statusesWhere((facts) => facts.accepted)

/** The steps a resident sees dated on the tracking page. */
export const RESIDENT_TIMELINE_STATUSES = statusesWhere((facts) => facts.onResidentTimeline)

/** The label of a stored status, or '' for anything unknown. */
export const statusLabel = (value: string | null | undefined): string =>
  isHandlingStatus(value) ? STATUS_LABELS[value] : ''

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
