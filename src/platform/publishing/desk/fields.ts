import { zh } from '@/platform/admin/labels'
import type { Field, FieldAccess } from 'payload'
import { DESK_LIMITS, DESK_STATE_OPTIONS } from '@/platform/publishing/rules/desk'

/** The desk's record is for staff; visitors' API answers leave it out. */
const staffOnly: FieldAccess = ({ req: { user } }) => Boolean(user && user.collection === 'users')

/** Set only by the desk's steps (./take-desk-action.ts); shown, never edited. */
const recorded = { position: 'sidebar', readOnly: true } as const
const minute = { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' } as const

/** The desk itself, first in the sidebar: state, record and the buttons of the legal next steps; and the unsaved-edits keeper. */
export const deskPanel: Field[] = [
  {
    name: 'deskActions',
    type: 'ui',
    label: zh('审核台', 'Desk'),
    admin: { disableListColumn: true, position: 'sidebar', components: { Field: '/platform/publishing/ui/admin/DeskActions#DeskActions' } },
  },
  // Above the form: what was typed here and never saved, kept in this browser (恢复 / 丢弃).
  { name: 'unsavedEdits', type: 'ui', label: zh('未保存的修改', 'Unsaved edits'), admin: { disableListColumn: true, components: { Field: '/platform/publishing/ui/admin/UnsavedEditsKeeper#UnsavedEditsKeeper' } } },
]

/** Where a document stands on the publishing desk, and who took the last steps. */
export const deskFields: Field[] = [
  {
    name: 'deskState',
    type: 'select',
    defaultValue: 'draft',
    index: true,
    options: DESK_STATE_OPTIONS,
    access: { read: staffOnly },
    label: { zh: '审核状态', en: 'Desk state' },
    admin: { ...recorded, components: { Cell: '/platform/publishing/ui/admin/DeskStateCell#DeskStateCell' } },
  },
  { name: 'submittedBy', type: 'relationship', relationTo: 'users', access: { read: staffOnly }, label: { zh: '提交人', en: 'Submitted by' }, admin: recorded },
  { name: 'submittedAt', type: 'date', access: { read: staffOnly }, label: { zh: '提交审核时间', en: 'Submitted at' }, admin: { ...recorded, date: minute } },
  {
    name: 'submitNote',
    type: 'textarea',
    maxLength: DESK_LIMITS.note,
    access: { read: staffOnly },
    label: { zh: '提交说明', en: 'Note to the reviewer' },
    admin: { ...recorded, condition: (data) => Boolean(data?.submitNote) },
  },
  {
    name: 'returnRemark',
    type: 'textarea',
    maxLength: DESK_LIMITS.remark,
    access: { read: staffOnly },
    label: { zh: '退回意见', en: 'Remark' },
    admin: { ...recorded, condition: (data) => Boolean(data?.returnRemark) },
  },
  {
    name: 'returnedBy',
    type: 'relationship',
    relationTo: 'users',
    access: { read: staffOnly },
    label: { zh: '退回人', en: 'Returned by' },
    admin: { ...recorded, condition: (data) => Boolean(data?.returnRemark) },
  },
  {
    name: 'scheduledAt',
    type: 'date',
    index: true,
    access: { read: staffOnly },
    label: { zh: '定时发布时间', en: 'Scheduled for' },
    admin: { ...recorded, date: minute, condition: (data) => data?.deskState === 'scheduled' },
  },
  {
    name: 'scheduledBy',
    type: 'relationship',
    relationTo: 'users',
    access: { read: staffOnly },
    label: { zh: '定时人', en: 'Scheduled by' },
    admin: { ...recorded, condition: (data) => data?.deskState === 'scheduled' },
  },
  {
    name: 'unpublishReason',
    type: 'textarea',
    maxLength: DESK_LIMITS.reason,
    access: { read: staffOnly },
    label: { zh: '取消发布原因', en: 'Reason for unpublishing' },
    admin: { ...recorded, condition: (data) => data?.deskState === 'unpublished' },
  },
]

/** The fields only the desk's steps write; any other save keeps what is stored. */
export const DESK_OWNED = ['deskState', 'submittedBy', 'submittedAt', 'submitNote', 'returnRemark', 'returnedBy', 'scheduledAt', 'scheduledBy', 'unpublishReason'] as const
