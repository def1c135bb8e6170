import { STEP_LABELS } from './steps'

/** The audit log's names for steps on 政府信息公开申请 (`disclosure.*`). */
export const DISCLOSURE_AUDIT_ACTIONS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(STEP_LABELS).map(([kind, label]) => [`disclosure.${kind}`, `公开申请：${label}`])),
  'disclosure.reveal-applicant': '查看公开申请人身份信息',
  'disclosure.read-letter': '查看公开申请答复书',
  'disclosure.anonymise': '到期删除公开申请人个人信息',
}
