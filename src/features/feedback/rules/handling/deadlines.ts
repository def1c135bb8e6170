import type { FeedbackKind } from '@/features/feedback/rules/intake/types'
import type { ReplyLimits } from './limits'
import type { HandlingStatus } from './statuses'
import { addWorkingDays, shanghaiDay, workingDaysBetween, type CalendarDay } from './working-days'

/** The last instant of a calendar day in China Standard Time (UTC+8, no daylight saving). */
export function endOfShanghaiDay(day: CalendarDay): Date {
  return new Date(`${day}T23:59:59.999+08:00`)
}

export type MessageDeadlines = {
  /** 'YYYY-MM' in Asia/Shanghai: the month the message counts in for the open-data figures. */
  receivedMonth: string
  /** Working days allowed for the reply, before any extension. */
  limitDays: number
  acceptanceDueAt: Date
  replyDueAt: Date
}

/** The limits that start running when a message arrives. */
export function messageDeadlines(receivedAt: Date, kind: FeedbackKind, limits: ReplyLimits): MessageDeadlines {
  const day = shanghaiDay(receivedAt)
  return {
    receivedMonth: day.slice(0, 7),
    limitDays: limits[kind],
    acceptanceDueAt: endOfShanghaiDay(addWorkingDays(day, limits.acceptance)),
    replyDueAt: endOfShanghaiDay(addWorkingDays(day, limits[kind])),
  }
}

/** The reply deadline counted from `from` (receipt, or a reopening) over `limitDays` working days. */
export function replyDueAt(from: Date, limitDays: number): Date {
  return endOfShanghaiDay(addWorkingDays(shanghaiDay(from), limitDays))
}

/**
 * Which deadline the message is now held to: acceptance while nobody has looked at it, the reply
 * deadline while it is being handled, and none once it is answered or finished.
 */
export function currentDueAt(
  status: HandlingStatus,
  deadlines: { acceptanceDueAt?: Date | null; replyDueAt?: Date | null },
): Date | null {
  if (status === 'received') return deadlines.acceptanceDueAt ?? null
  if (status === 'accepted' || status === 'assigned') return deadlines.replyDueAt ?? null
  return null
}

/** How long the reply took, in working days after the day of receipt, and whether it was in time. */
export function replyTiming(receivedAt: Date, repliedAt: Date, dueAt: Date) {
  return {
    workingDays: Math.max(0, workingDaysBetween(receivedAt, repliedAt)),
    onTime: shanghaiDay(repliedAt) <= shanghaiDay(dueAt),
  }
}

/**
 * Messages whose deadline falls before this instant are "due soon": at most `dueSoonDays`
 * working days are left, today included (the same rule as deadlineStatus).
 */
export function dueSoonCutoff(now: Date, dueSoonDays: number): Date {
  return endOfShanghaiDay(addWorkingDays(shanghaiDay(now), dueSoonDays))
}

/** What is left, in words for staff and residents. */
export function describeDueAt(dueAt: Date, now: Date): { state: 'on-time' | 'due-soon' | 'overdue'; text: string } {
  const [today, deadline] = [shanghaiDay(now), shanghaiDay(dueAt)]
  if (now.getTime() > dueAt.getTime()) {
    const late = workingDaysBetween(deadline, today)
    return { state: 'overdue', text: late > 0 ? `已超期 ${late} 个工作日` : '已超期' }
  }
  const left = workingDaysBetween(today, deadline)
  if (left <= 0) return { state: 'due-soon', text: '今天到期' }
  return { state: left <= 1 ? 'due-soon' : 'on-time', text: `剩余 ${left} 个工作日（${deadline} 到期）` }
}


