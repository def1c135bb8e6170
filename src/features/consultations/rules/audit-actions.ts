/** The audit log's names for steps on consultation comments (`consultations.*`). */
export const CONSULTATION_AUDIT_ACTIONS = {
  'consultations.anonymise-comment': '到期删除意见人姓名和联系方式',
} as const
