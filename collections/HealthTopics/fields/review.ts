import type { Field } from 'payload'
import { isStaff } from '@/platform/access/isStaff'
import { checkReviewDates } from '@/features/health/rules/health-review'

const DAY_PICKER = { pickerAppearance: 'dayOnly' as const, displayFormat: 'yyyy-MM-dd' }

/** Who reviewed a health page and when it is next due; readers see both. */
export const reviewFields: Field[] = [
  {
    name: 'medicalReviewer',
    type: 'group',
    label: { zh: '医学审核', en: 'Medical reviewer' },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'name', type: 'text', required: true, maxLength: 40, label: { zh: '审核人', en: 'Name' }, admin: { width: '50%' } },
          { name: 'title', type: 'text', required: true, maxLength: 60, label: { zh: '职称与单位', en: 'Title' }, admin: { width: '50%', placeholder: '主任医师，市妇幼保健院' } },
        ],
      },
    ],
  },
  {
    name: 'reviewerEmail',
    type: 'email',
    label: { zh: '审核提醒邮箱', en: 'Review reminder e-mail' },
    access: { read: isStaff, create: isStaff, update: isStaff },
    admin: { description: { zh: '到期时发送一次提醒；不在网站上公开。留空则发往工作人员通知邮箱。', en: 'Staff only.' } },
  },
  {
    type: 'row',
    fields: [
      {
        name: 'lastReviewedAt',
        type: 'date',
        required: true,
        label: { zh: '最近审核日期', en: 'Last reviewed' },
        admin: { date: DAY_PICKER, width: '50%' },
      },
      {
        name: 'nextReviewDueAt',
        type: 'date',
        index: true,
        label: { zh: '下次审核日期', en: 'Next review due' },
        validate: (value: unknown, { siblingData }: { siblingData?: { lastReviewedAt?: string } }) =>
          checkReviewDates(siblingData?.lastReviewedAt, value as string | null) ?? true,
        admin: { date: DAY_PICKER, width: '50%', description: { zh: '留空则为最近审核日期后 12 个月。', en: 'Defaults to 12 months after the last review.' } },
      },
    ],
  },
  {
    name: 'reviewReminderSentFor',
    type: 'date',
    label: { zh: '已提醒的审核日期', en: 'Reminder sent for due date' },
    access: { read: isStaff, create: () => false, update: () => false },
    admin: { readOnly: true, position: 'sidebar', date: DAY_PICKER, description: { zh: '系统记录，每个审核日期只提醒一次。', en: 'One reminder per due date.' } },
  },
]
