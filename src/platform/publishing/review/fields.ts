import type { Field, FieldAccess } from 'payload'
import { CHANGE_NOTE_MAX_LENGTH } from '@/platform/publishing/rules/change-notes'
import { hasRole } from '@/platform/access/roles'

/** Who edited and who approved is for staff; visitors' API answers leave these fields out. */
const staffOnly: FieldAccess = ({ req: { user } }) => Boolean(user && user.collection === 'users')

/** Set by the server on every save (src/platform/publishing/review/hooks.ts); shown, never edited. */
const recorded = { position: 'sidebar', readOnly: true } as const

/** The fields the review workflow adds to each public content collection. */
export const reviewFields: Field[] = [
  {
    name: 'changeKind',
    type: 'radio',
    defaultValue: 'minor',
    access: { read: staffOnly },
    label: { zh: '本次修改', en: 'This change' },
    options: [
      { value: 'minor', label: { zh: '小修改（不公示）', en: 'Minor (no public note)' } },
      { value: 'substantive', label: { zh: '实质性修改（须填写说明）', en: 'Substantive (public note required)' } },
    ],
    admin: {
      position: 'sidebar',
      description: { zh: '发布时生效：实质性修改会在页面“修改记录”中公示一条带日期的说明。', en: 'Applied on publishing.' },
    },
  },
  {
    name: 'changeNote',
    type: 'textarea',
    maxLength: CHANGE_NOTE_MAX_LENGTH,
    access: { read: staffOnly },
    label: { zh: '修改说明（将公示）', en: 'Public change note' },
    admin: { position: 'sidebar', condition: (data) => data?.changeKind === 'substantive' },
  },
  {
    name: 'changeNotes',
    type: 'array',
    label: { zh: '修改记录（已公示）', en: 'Public change notes' },
    admin: {
      readOnly: true,
      initCollapsed: true,
      description: { zh: '发布实质性修改时自动添加，只增不删。', en: 'Added when a substantive change is published; only grows.' },
    },
    fields: [
      { name: 'date', type: 'date', required: true, label: { zh: '日期', en: 'Date' } },
      { name: 'note', type: 'text', required: true, label: { zh: '说明', en: 'Note' } },
    ],
  },
  {
    name: 'awaitingReview',
    type: 'checkbox',
    defaultValue: false,
    index: true,
    access: { read: staffOnly },
    label: { zh: '未经审核发布，待审核', en: 'Published without review' },
    admin: recorded,
  },
  {
    name: 'forcePublishReason',
    type: 'textarea',
    maxLength: 500,
    access: { read: staffOnly },
    label: { zh: '未经审核发布的理由', en: 'Reason for publishing without review' },
    admin: {
      position: 'sidebar',
      description: {
        zh: '仅管理员：发布本人最后修改的内容时必填，页面将标记为待审核，直到另一位审核员审核通过。',
        en: 'Administrators only: required to publish your own edit; the page is flagged until another reviewer approves it.',
      },
      condition: (_data, _siblingData, { user }) => hasRole(user as never, 'admin'),
    },
  },
  {
    name: 'forcedBy',
    type: 'relationship',
    relationTo: 'users',
    access: { read: staffOnly },
    label: { zh: '未经审核发布人', en: 'Published without review by' },
    admin: { ...recorded, condition: (data) => Boolean(data?.awaitingReview) },
  },
  {
    name: 'lastEditedBy',
    type: 'relationship',
    relationTo: 'users',
    access: { read: staffOnly },
    label: { zh: '最后修改人', en: 'Last edited by' },
    admin: recorded,
  },
  {
    name: 'lastEditedAt',
    type: 'date',
    access: { read: staffOnly },
    label: { zh: '最后修改时间', en: 'Last edited at' },
    admin: { ...recorded, date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' } },
  },
  {
    name: 'approvedBy',
    type: 'relationship',
    relationTo: 'users',
    access: { read: staffOnly },
    label: { zh: '审核发布人', en: 'Approved by' },
    admin: recorded,
  },
  {
    name: 'approvedAt',
    type: 'date',
    access: { read: staffOnly },
    label: { zh: '审核发布时间', en: 'Approved at' },
    admin: { ...recorded, date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' } },
  },
]
