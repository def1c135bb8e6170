/** Every fact about a report's status once: its label and the steps that leave it. */
export const ERROR_REPORT_STATUSES = [
  { value: 'received', label: '待处理', steps: ['answer', 'dismiss'] },
  { value: 'answered', label: '已答复', steps: [] },
  { value: 'dismissed', label: '不予处理', steps: [] },
] as const

export type ErrorReportStatus = (typeof ERROR_REPORT_STATUSES)[number]['value']

/** What was found, stated in the answer. */
export const ERROR_REPORT_OUTCOMES = [
  { value: 'corrected', label: '已改正' },
  { value: 'no-error', label: '经核实无误' },
  { value: 'referred', label: '已转有关部门处理' },
] as const

export type ErrorReportOutcome = (typeof ERROR_REPORT_OUTCOMES)[number]['value']

export const statusLabel = (value: unknown) => ERROR_REPORT_STATUSES.find((status) => status.value === value)?.label ?? ''
export const outcomeLabel = (value: unknown) => ERROR_REPORT_OUTCOMES.find((outcome) => outcome.value === value)?.label ?? ''
export const isErrorReportStatus = (value: unknown): value is ErrorReportStatus => ERROR_REPORT_STATUSES.some((status) => status.value === value)
