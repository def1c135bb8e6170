/** The audit log's names for steps on site error reports (`site-errors.*`). */
export const SITE_ERROR_AUDIT_ACTIONS = {
  'site-errors.anonymise': '到期删除找错报告人的邮箱',
} as const
