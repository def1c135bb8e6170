export { DEFAULT_REPLY_LIMITS, MAX_TOTAL_WORKING_DAYS, type ReplyLimits } from './limits'
export {
  ACCEPTED_STATUSES,
  FINISHED_STATUSES,
  HANDLING_STATUSES,
  NEXT_STATUSES,
  OPEN_STATUSES,
  RESIDENT_TIMELINE_STATUSES,
  STATUS_LABELS,
  STATUS_OPTIONS,
  statusLabel,
  canChangeStatus,
  checkStatusChange,
  isHandlingStatus,
  type HandlingStatus,
  type StatusCheck,
} from './statuses'
export type {
  HandlingAction,
  HandlingActionType,
  HandlingResult,
  HandlingState,
} from './types'
export { allowedActions, applyHandlingAction, initialHandlingState } from './state-machine'
export {
  addWorkingDays,
  deadlineStatus,
  isWorkingDay,
  shanghaiDay,
  workingDaysBetween,
  type CalendarDay,
  type DeadlineState,
  type DeadlineStatus,
} from './working-days'
export {
  currentDueAt,
  describeDueAt,
  dueSoonCutoff,
  endOfShanghaiDay,
  messageDeadlines,
  replyDueAt,
  replyTiming,
  type MessageDeadlines,
} from './deadlines'
export { handlingActionsForChange, type HandlingChange } from './from-change'
export { RATINGS, isRating, ratingLabel, type Rating } from './ratings'
