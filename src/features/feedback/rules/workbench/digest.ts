import { isWorkingDay, shanghaiDay } from '@/features/feedback/rules/handling/working-days'
import { isInQueue, type QueueRow, type QueueViewer } from './queues'
import { workingDaysLeft } from './time-left'

/**
 * The daily digest e-mail (每日待办汇总) to a handler or a department that asked for it: what is
 * new, due soon and overdue among their open messages. Only codes, kinds, dates and working days
 * left: never a resident's words, name or contact.
 */
export const DIGEST_SECTIONS = [
  { key: 'overdue', label: '已超期' },
  { key: 'due-soon', label: '即将超期' },
  { key: 'new', label: '新收到' },
] as const

export type DigestSection = (typeof DIGEST_SECTIONS)[number]['key']

/** Rows listed per section; the rest is a count and the workbench link. */
export const DIGEST_SECTION_LIMIT = 30

/** Whose digest: a handler's (messages assigned to them) or a department's (assigned to it). */
export type DigestRecipient = { kind: 'handler'; userId: string; departmentId?: string } | { kind: 'department'; departmentId: string }

/** A message as the digest sees it: the queue fields plus code, kind and received time. */
export type DigestMessage = QueueRow & { id: string; trackingCode: string; kind: string; createdAt: string | Date }

export type DigestItem = { id: string; trackingCode: string; kind: string; receivedDay: string; dueDay: string | null; daysLeft: number | null }

export type Digest = {
  day: string
  sections: { key: DigestSection; label: string; total: number; items: DigestItem[] }[]
  /** All the rows in all the sections (before the per-section limit). */
  total: number
}

const DAY_MS = 86_400_000

/** The section a message goes in (each message once: overdue before due soon before new), or none. */
export function digestSection(message: DigestMessage, recipient: DigestRecipient, viewer: QueueViewer): DigestSection | null {
  const scope = recipient.kind === 'handler' ? 'mine' : 'department'
  const scoped: QueueViewer = recipient.kind === 'handler' ? { ...viewer, userId: recipient.userId } : { ...viewer, departmentId: recipient.departmentId }
  if (!isInQueue(scope, message, scoped)) return null
  if (isInQueue('overdue', message, scoped)) return 'overdue'
  if (isInQueue('due-soon', message, scoped)) return 'due-soon'
  const received = new Date(message.createdAt).getTime()
  // New: received in the 24 hours before this digest (the previous digest went a day earlier).
  if (received > viewer.now.getTime() - DAY_MS && received <= viewer.now.getTime()) return 'new'
  return null
}

/** The digest for one recipient: sections in a fixed order, each sorted by time left, then code. */
export function buildDigest(messages: DigestMessage[], recipient: DigestRecipient, viewer: QueueViewer): Digest {
  const bySection = new Map<DigestSection, DigestItem[]>(DIGEST_SECTIONS.map(({ key }) => [key, []]))
  for (const message of messages) {
    const section = digestSection(message, recipient, viewer)
    if (!section) continue
    const due = message.dueAt ? new Date(message.dueAt) : null
    bySection.get(section)!.push({
      id: message.id,
      trackingCode: message.trackingCode,
      kind: message.kind,
      receivedDay: shanghaiDay(new Date(message.createdAt)),
      dueDay: due ? shanghaiDay(due) : null,
      daysLeft: due ? workingDaysLeft(due, viewer.now) : null,
    })
  }
  const order = (a: DigestItem, b: DigestItem) => (a.daysLeft ?? Infinity) - (b.daysLeft ?? Infinity) || a.trackingCode.localeCompare(b.trackingCode)
  const sections = DIGEST_SECTIONS.map(({ key, label }) => {
    const items = bySection.get(key)!.sort(order)
    return { key, label, total: items.length, items: items.slice(0, DIGEST_SECTION_LIMIT) }
  })
  return { day: shanghaiDay(viewer.now), sections, total: sections.reduce((sum, s) => sum + s.total, 0) }
}

/** Nothing new, nothing due: no e-mail (a digest of nothing teaches people to ignore it). */
export const isDigestWorthSending = (digest: Digest) => digest.total > 0

/** Once per working day (official calendar) per recipient: unless it already went out on this Beijing day. */
export function isDigestDue(lastSentDay: string | null | undefined, now: Date): boolean {
  const today = shanghaiDay(now)
  return isWorkingDay(today) && lastSentDay !== today
}

/** The digest goes out at 08:00 Beijing time; a server started later that day (till 20:00) catches up. */
export const DIGEST_HOUR = 8
const CATCH_UP_UNTIL_HOUR = 20
const BEIJING_OFFSET_MS = 8 * 3_600_000

/** Milliseconds from `now` to the next digest run: soon after a start within the day's window, else the next 08:00. */
export function msUntilDigestRun(now: Date, startUpDelayMs = 0): number {
  const beijing = new Date(now.getTime() + BEIJING_OFFSET_MS)
  const hour = beijing.getUTCHours()
  if (startUpDelayMs > 0 && hour >= DIGEST_HOUR && hour < CATCH_UP_UNTIL_HOUR) return startUpDelayMs
  const next = Date.UTC(beijing.getUTCFullYear(), beijing.getUTCMonth(), beijing.getUTCDate() + (hour >= DIGEST_HOUR ? 1 : 0), DIGEST_HOUR) - BEIJING_OFFSET_MS
  return next - now.getTime()
}
