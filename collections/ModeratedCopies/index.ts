import type { CollectionConfig, FieldAccess } from 'payload'
import { hasRole } from '@/platform/access/roles'
import { ADMIN_GROUPS, collectionLabels, zh } from '@/platform/admin/labels'
import { FEEDBACK_KINDS } from '@/features/feedback/rules/intake'
import { COPY_STATUS_OPTIONS, SUBJECT_MAX_LENGTH } from '@/features/moderation/rules'
import { takeCopyAction } from './endpoints/takeCopyAction'
import { guardCopyChanges } from './hooks/guardCopyChanges'
import { syncPublishedComment } from './hooks/syncPublishedComment'
import { syncPublishedReply } from './hooks/syncPublishedReply'

/** Handlers write the public copy; reviewers (who never see residents' messages) approve it. */
const moderators: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin', 'handler', 'reviewer')
const nobody = () => false
const recorded = { readOnly: true, position: 'sidebar' } as const
const at = (name: string, zhLabel: string, en: string) => ({
  name,
  type: 'date' as const,
  label: zh(zhLabel, en),
  admin: { ...recorded, date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'yyyy-MM-dd HH:mm' } },
})

/**
 * 公开版本审核: the public version of a resident's message and its reply, before it reaches
 * 留言选登. One person writes it (from a suggested redaction), another approves it, explaining
 * every span the detector flags that they keep; only then is the copy written to
 * `published-replies`, the one collection the board, the feed, the API and search read.
 */
export const ModeratedCopies: CollectionConfig = {
  slug: 'moderated-copies',
  labels: collectionLabels('公开版本审核', 'Public copy', 'Public copies'),
  admin: {
    group: ADMIN_GROUPS.messages,
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'status', 'writerNames', 'submittedAt', 'approvedAt'],
    listSearchableFields: ['subject'],
    description: zh(
      '群众同意公开的留言答复和征求意见来件，系统起草一个去除个人信息的公开版本。办理员修改并提交审核，另一位审核员逐条核对提示后批准，才会在“留言选登”或征求意见页面公开。',
      'Public versions of replies: written by one person, approved by another.',
    ),
    components: { beforeListTable: ['/features/moderation/ui/admin/CopyQueueCounts#CopyQueueCounts'] },
  },
  access: {
    read: ({ req: { user } }) => hasRole(user, 'admin', 'handler', 'reviewer'),
    // Created by the message's hooks only; changed by handlers while drafting (the hooks check).
    create: nobody,
    update: ({ req: { user } }) => hasRole(user, 'admin', 'handler'),
    delete: nobody,
  },
  defaultSort: '-updatedAt',
  endpoints: [{ path: '/:id/actions/:action', method: 'post', handler: takeCopyAction }],
  hooks: { beforeChange: [guardCopyChanges], afterChange: [syncPublishedReply, syncPublishedComment] },
  fields: [
    { name: 'desk', type: 'ui', label: zh('审核台', 'Desk'), admin: { disableListColumn: true, components: { Field: '/features/moderation/ui/admin/CopyDesk#CopyDesk' } } },
    { name: 'subject', type: 'text', maxLength: SUBJECT_MAX_LENGTH, label: zh('公开标题', 'Subject') },
    { name: 'question', type: 'textarea', maxLength: 5000, label: zh('公开留言内容', 'Question') },
    { name: 'answer', type: 'textarea', maxLength: 10000, label: zh('公开答复内容', 'Answer') },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'drafting',
      index: true,
      options: [...COPY_STATUS_OPTIONS],
      label: zh('状态', 'Status'),
      admin: recorded,
    },
    {
      name: 'source',
      type: 'relationship',
      relationTo: 'feedback',
      unique: true,
      index: true,
      label: zh('对应留言', 'Message'),
      admin: recorded,
    },
    // A copy is of a message (source) or of a consultation comment (comment), never both.
    {
      name: 'comment',
      type: 'relationship',
      relationTo: 'consultation-comments',
      unique: true,
      index: true,
      label: zh('对应征求意见来件', 'Consultation comment'),
      admin: recorded,
    },
    { name: 'consultation', type: 'relationship', relationTo: 'consultations', index: true, label: zh('征求意见', 'Consultation'), admin: recorded },
    { name: 'notice', type: 'relationship', relationTo: 'policy-notices', index: true, label: zh('涉及的政策文件', 'Notice asked about'), admin: recorded },
    { name: 'kind', type: 'select', options: FEEDBACK_KINDS.map(({ value, label }) => ({ value, label })), label: zh('类型', 'Kind'), admin: recorded },
    { name: 'department', type: 'text', label: zh('答复单位', 'Department'), admin: recorded },
    { name: 'receivedAt', type: 'date', label: zh('收到日期', 'Received'), admin: { hidden: true } },
    { name: 'repliedAt', type: 'date', label: zh('答复日期', 'Replied'), admin: { hidden: true } },
    {
      name: 'writers',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      access: { read: moderators },
      label: zh('撰写人', 'Written by'),
      admin: { hidden: true },
    },
    // Staff may read only their own account, so the names are kept as written.
    { name: 'writerNames', type: 'text', label: zh('撰写人', 'Written by'), admin: recorded },
    at('submittedAt', '提交审核时间', 'Submitted at'),
    { name: 'returnRemark', type: 'textarea', label: zh('退回意见', 'Returned with'), admin: recorded },
    { name: 'approvedBy', type: 'relationship', relationTo: 'users', label: zh('批准人', 'Approved by'), admin: { hidden: true } },
    { name: 'approverName', type: 'text', label: zh('批准人', 'Approved by'), admin: recorded },
    at('approvedAt', '批准公开时间', 'Approved at'),
    {
      name: 'confirmations',
      type: 'array',
      label: zh('批准时确认不属于个人信息的内容', 'Flags kept, with reasons'),
      admin: { readOnly: true, initCollapsed: true },
      fields: [
        { name: 'field', type: 'text', required: true, label: zh('位置', 'Field') },
        { name: 'text', type: 'text', required: true, label: zh('内容', 'Text') },
        { name: 'reason', type: 'text', required: true, label: zh('理由', 'Reason') },
      ],
    },
    { name: 'withdrawalReason', type: 'textarea', label: zh('撤下原因', 'Withdrawn because'), admin: recorded },
    at('withdrawnAt', '撤下时间', 'Withdrawn at'),
  ],
}
