import { describe, expect, it } from 'vitest'
import { endOfShanghaiDay } from '@/features/feedback/rules/handling'
import {
  DIGEST_SECTION_LIMIT,
  buildDigest,
  digestSection,
  isDigestDue,
  isDigestWorthSending,
  msUntilDigestRun,
  type DigestMessage,
  type QueueViewer,
} from '@/features/feedback/rules/workbench'

// 2026-09-30 (Wed) 08:00 Beijing: the last working day before National Day (10-01 … 10-07).
const now = new Date('2026-09-30T00:00:00Z')
const viewer: QueueViewer = { userId: '', now, dueSoonWorkingDays: 1 }
const handler = { kind: 'handler', userId: '4', departmentId: '1' } as const
const department = { kind: 'department', departmentId: '1' } as const

const message = (id: string, extra: Partial<DigestMessage>): DigestMessage => ({
  id,
  trackingCode: `FK-2026-${id.padStart(6, 'A')}`,
  kind: 'consultation',
  status: 'assigned',
  assignedTo: '4',
  department: '1',
  createdAt: '2026-09-20T02:00:00Z',
  dueAt: endOfShanghaiDay('2026-10-16'),
  ...extra,
})

const known = {
  late: message('1', { dueAt: endOfShanghaiDay('2026-09-29') }),
  dueAfterHoliday: message('2', { dueAt: endOfShanghaiDay('2026-10-08') }),
  fresh: message('3', { createdAt: '2026-09-29T06:00:00Z' }),
  // New and already late on its acceptance: listed once, as overdue.
  freshAndLate: message('4', { createdAt: '2026-09-29T06:00:00Z', dueAt: endOfShanghaiDay('2026-09-29') }),
  quiet: message('5', {}),
  colleagues: message('6', { assignedTo: '7', dueAt: endOfShanghaiDay('2026-09-29') }),
  otherDepartment: message('7', { assignedTo: '8', department: '2', dueAt: endOfShanghaiDay('2026-09-29') }),
  answered: message('8', { status: 'replied', dueAt: endOfShanghaiDay('2026-09-29') }),
  unassignedInDepartment: message('9', { status: 'accepted', assignedTo: null, createdAt: '2026-09-29T20:00:00Z' }),
}
const all = Object.values(known)

const sectionsOf = (digest: ReturnType<typeof buildDigest>) =>
  Object.fromEntries(digest.sections.map((s) => [s.key, s.items.map((i) => Object.entries(known).find(([, m]) => m.id === i.id)![0])]))

describe('daily digest', () => {
  it("lists a handler's own open messages, each once: overdue, then due soon (across the holiday), then new", () => {
    const digest = buildDigest(all, handler, viewer)
    expect(sectionsOf(digest)).toEqual({ overdue: ['late', 'freshAndLate'], 'due-soon': ['dueAfterHoliday'], new: ['fresh'] })
    expect(digest.total).toBe(4)
    expect(digest.day).toBe('2026-09-30')
  })

  it("lists a department's open messages, whoever handles them, and not other departments'", () => {
    expect(sectionsOf(buildDigest(all, department, viewer))).toEqual({
      overdue: ['late', 'freshAndLate', 'colleagues'],
      'due-soon': ['dueAfterHoliday'],
      new: ['fresh', 'unassignedInDepartment'],
    })
  })

  it('gives working days left and the dates only (no resident text in an item)', () => {
    const item = buildDigest([known.dueAfterHoliday], handler, viewer).sections[1].items[0]
    expect(item).toEqual({ id: '2', trackingCode: known.dueAfterHoliday.trackingCode, kind: 'consultation', receivedDay: '2026-09-20', dueDay: '2026-10-08', daysLeft: 1 })
    expect(buildDigest([known.late], handler, viewer).sections[0].items[0].daysLeft).toBe(-1)
  })

  it('leaves answered, finished and quiet messages out, and sends nothing when nothing is listed', () => {
    expect(digestSection(known.answered, handler, viewer)).toBeNull()
    expect(digestSection(known.quiet, handler, viewer)).toBeNull()
    expect(digestSection({ ...known.late, status: 'closed' }, department, viewer)).toBeNull()
    const empty = buildDigest([known.quiet, known.answered], handler, viewer)
    expect(isDigestWorthSending(empty)).toBe(false)
    expect(isDigestWorthSending(buildDigest(all, handler, viewer))).toBe(true)
  })

  it('lists at most the limit per section but counts them all', () => {
    const many = Array.from({ length: DIGEST_SECTION_LIMIT + 5 }, (_, i) => message(String(100 + i), { dueAt: endOfShanghaiDay('2026-09-28') }))
    const overdue = buildDigest(many, handler, viewer).sections[0]
    expect(overdue.items).toHaveLength(DIGEST_SECTION_LIMIT)
    expect(overdue.total).toBe(DIGEST_SECTION_LIMIT + 5)
  })

  it('goes once per Beijing working day', () => {
    expect(isDigestDue(null, now)).toBe(true)
    expect(isDigestDue('2026-09-29', now)).toBe(true)
    expect(isDigestDue('2026-09-30', now)).toBe(false)
    // 23:30 UTC on the 30th is already 10-01 in Beijing: National Day, no digest until 10-08.
    expect(isDigestDue('2026-09-30', new Date('2026-09-30T23:30:00Z'))).toBe(false)
    expect(isDigestDue('2026-09-30', new Date('2026-10-08T00:00:00Z'))).toBe(true)
  })

  it('runs at 08:00 Beijing time, or soon after a start later the same day', () => {
    const hour = 3_600_000
    // 06:00 Beijing → 2 hours; 09:00 Beijing with a start-up delay → the delay; 21:00 → 11 hours.
    expect(msUntilDigestRun(new Date('2026-09-29T22:00:00Z'), 180_000)).toBe(2 * hour)
    expect(msUntilDigestRun(new Date('2026-09-30T01:00:00Z'), 180_000)).toBe(180_000)
    expect(msUntilDigestRun(new Date('2026-09-30T01:00:00Z'))).toBe(23 * hour)
    expect(msUntilDigestRun(new Date('2026-09-30T13:00:00Z'), 180_000)).toBe(11 * hour)
  })
})
