/** Every fact about an application's status, once: stored value, staff label, what applicants read. */
export const APPLICATION_STATUSES = [
  { value: 'received', label: '办理中', public: '已收到，正在办理' },
  { value: 'awaiting-correction', label: '待申请人补正', public: '需要您补正申请内容（补正期间答复期限中止）' },
  { value: 'answered', label: '已答复', public: '已答复' },
  { value: 'lapsed', label: '逾期未补正', public: '未在规定期限内补正，视为放弃申请' },
] as const

export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number]['value']

export const applicationStatusLabel = (value: unknown) => APPLICATION_STATUSES.find((s) => s.value === value)?.label ?? String(value ?? '')
export const applicationStatusPublic = (value: unknown) => APPLICATION_STATUSES.find((s) => s.value === value)?.public ?? String(value ?? '')
export const isFinished = (status: unknown) => status === 'answered' || status === 'lapsed'
