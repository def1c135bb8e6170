import { addWorkingDays, deadlineStatus, type CalendarDay, type DeadlineStatus } from '@/features/feedback/rules/handling'

/**
 * 我为政府网站找错: a report is answered within 3 working days of receipt (国办秘函〔2019〕19号
 * practice), counted on the official calendar as every administrative limit here is: the day of
 * receipt does not count, so a report sent on a holiday starts its count on the next working day.
 */
export const ERROR_REPORT_WORKING_DAYS = 3

/** The last day (Beijing time) by which a report received at `receivedAt` must be answered. */
export function errorReportDueDay(receivedAt: Date): CalendarDay {
  return addWorkingDays(receivedAt, ERROR_REPORT_WORKING_DAYS)
}

/** Where a report stands against its 3 working days at `now`: on time, due within a day, or overdue. */
export function errorReportStanding(receivedAt: Date, now: Date): DeadlineStatus {
  return deadlineStatus(receivedAt, ERROR_REPORT_WORKING_DAYS, now)
}
