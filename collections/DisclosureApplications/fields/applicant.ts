import type { Field } from 'payload'
import { APPLICANT_TYPES, ID_TYPES, ORGANISATION_KINDS, optionsOf } from '@/features/disclosure/rules'
import { handlersOnly, nobody } from '@collections/Feedback/fields/access'
import { zh } from '@/platform/admin/labels'

const applicantDetails = (): Field[] => [
  { name: 'name', type: 'text', maxLength: 60, label: zh('姓名或名称', 'Name') },
  { name: 'idNumber', type: 'text', maxLength: 30, label: zh('证件号码', 'ID number') },
  { name: 'phone', type: 'text', maxLength: 30, label: zh('联系电话', 'Phone') },
  { name: 'email', type: 'text', maxLength: 100, label: zh('电子邮箱', 'E-mail') },
  { name: 'address', type: 'text', maxLength: 200, label: zh('通信地址', 'Postal address') },
]

/** Who applied: masked for staff by default; the real details only through the audited reveal. */
export const applicantFields: Field[] = [
  {
    type: 'row',
    fields: [
      { name: 'applicantType', type: 'select', required: true, index: true, label: zh('申请人类型', 'Applicant type'), options: optionsOf(APPLICANT_TYPES), access: { update: nobody }, admin: { readOnly: true } },
      { name: 'idType', type: 'select', required: true, label: zh('证件类型', 'ID type'), options: optionsOf(ID_TYPES), access: { update: nobody }, admin: { readOnly: true } },
    ],
  },
  {
    // As the applicant chose it; a handler may correct it (the change is audited). Counted in the
    // annual report's columns (src/features/annual-reports).
    name: 'organisationKind',
    type: 'select',
    index: true,
    label: zh('单位类型', 'Organisation kind'),
    options: optionsOf(ORGANISATION_KINDS),
    access: { update: handlersOnly },
    admin: { condition: (data) => data?.applicantType === 'organisation', description: zh('用于年度报告按申请人类型统计；申请人选错的，办理员可以更正。', 'For the annual report.') },
  },
  {
    name: 'applicantMasked',
    type: 'group',
    label: zh('申请人信息（已遮盖）', 'Applicant (masked)'),
    access: { create: nobody, update: nobody },
    admin: { readOnly: true, description: zh('如需完整信息，请在“办理”标签页点击“显示申请人信息”，该操作会记入审计日志。', 'Reveal writes an audit entry.') },
    fields: applicantDetails(),
  },
  {
    // Readable by nobody through the admin or the APIs: only the audited reveal, the reply letter
    // and the e-mail worker read it, on the server.
    name: 'applicant',
    type: 'group',
    label: zh('申请人信息', 'Applicant'),
    access: { read: nobody, update: nobody },
    admin: { hidden: true },
    fields: applicantDetails(),
  },
]
