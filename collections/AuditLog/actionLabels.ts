import { CONSULTATION_AUDIT_ACTIONS } from '@/features/consultations/rules/audit-actions'
import { DISCLOSURE_AUDIT_ACTIONS } from '@/features/disclosure/rules/audit-actions'
import { FEEDBACK_AUDIT_ACTIONS } from '@/features/feedback/rules/audit-actions'
import { MODERATION_AUDIT_ACTIONS } from '@/features/moderation/rules/audit-actions'
import { AUDIT_ACTIONS } from '@/platform/audit/rules'
import { PUBLISHING_AUDIT_ACTIONS } from '@/platform/publishing/rules/audit-actions'
import { SITE_ERROR_AUDIT_ACTIONS } from '@/features/site-errors/rules/audit-actions'

/** Every action the audit log records, by its Chinese name: the list's column and filter, the CSV. */
export const AUDIT_ACTION_LABELS: Readonly<Record<string, string>> = {
  ...AUDIT_ACTIONS,
  ...FEEDBACK_AUDIT_ACTIONS,
  ...PUBLISHING_AUDIT_ACTIONS,
  ...MODERATION_AUDIT_ACTIONS,
  ...DISCLOSURE_AUDIT_ACTIONS,
  ...CONSULTATION_AUDIT_ACTIONS,
  ...SITE_ERROR_AUDIT_ACTIONS,
}

/** The filter's groups, in the order staff look for them. */
export const AUDIT_ACTION_GROUPS: ReadonlyArray<{ label: string; prefix: string | null }> = [
  { label: '内容与账户', prefix: null },
  { label: '发布流程', prefix: 'publishing.' },
  { label: '留言办理', prefix: 'feedback.' },
  { label: '公开文本审核', prefix: 'moderation.' },
  { label: '依申请公开', prefix: 'disclosure.' },
  { label: '征求意见', prefix: 'consultations.' },
  { label: '网站找错', prefix: 'site-errors.' },
]
