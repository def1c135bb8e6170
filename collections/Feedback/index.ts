import type { CollectionConfig } from 'payload'
import { residentFormOrHandler } from '@/features/feedback/access/residentSubmission'
import { handlerOrResidentFollowUp, handlerOrTrackingLookup } from '@/features/feedback/access/trackingLookup'
import { FEEDBACK_KINDS } from '@/features/feedback/rules/intake'
import { listIndexes } from '@/platform/database/list-indexes'
import { STATUS_OPTIONS } from '@/features/feedback/rules/handling'
import { bulkAssign } from './endpoints/bulkAssign'
import { deskAction } from './endpoints/deskAction'
import { mergeEndpoint } from './endpoints/mergeEndpoint'
import { revealContact } from './endpoints/revealContact'
import { undoMergeEndpoint } from './endpoints/undoMergeEndpoint'
import { handlersOnly, handlersOrResident, nobody } from './fields/access'
import { deadlineFields } from './fields/deadlines'
import { handlingFields } from './fields/handling'
import { internalNotesField } from './fields/internalNotes'
import { mergeFields } from './fields/merge'
import { ratingFields } from './fields/residentRating'
import { appendInternalNotes } from './hooks/appendInternalNotes'
import { applyHandling } from './hooks/applyHandling'
import { auditFeedbackSteps } from './hooks/auditFeedbackSteps'
import { maskContact } from './hooks/maskContact'
import { maskMessageForStaff } from './hooks/maskMessageForStaff'
import { queueFeedbackEmails } from './hooks/queueFeedbackEmails'
import { draftPublicCopy } from './hooks/draftPublicCopy'
import { answerMergedMessages } from './hooks/answerMergedMessages'
import { stampMerge } from './hooks/stampMerge'
import { ADMIN_GROUPS, collectionLabels, zh } from '@/platform/admin/labels'

/** Residents' messages (互动交流): nothing is ever deleted, and nobody reads what is not theirs. */
export const Feedback: CollectionConfig = {
  slug: 'feedback',
  labels: collectionLabels('群众留言', 'Message'),
  // The workbench's queues (src/features/feedback/rules/workbench/queues.ts) as the database reads
  // them: 我的 and 本部门 by handler or department, then open status, then deadline (the sort by time
  // left); 待回访 by 已答复 + 不满意, or open + reopened. Measured with tests/bench/workbench-bench.mjs.
  custom: listIndexes('feedback', [
    { name: 'feedback_assigned_to_id_status_due_at_idx', fields: ['assignedTo', 'status', 'dueAt'] },
    { name: 'feedback_department_id_status_due_at_idx', fields: ['department', 'status', 'dueAt'] },
    { name: 'feedback_status_rating_idx', fields: ['status', 'rating'] },
    { name: 'feedback_status_reopen_count_idx', fields: ['status', 'reopenCount'] },
    // The messages merged into one (its desk, and its reply answering them): a rare link.
    { name: 'feedback_merged_into_idx', fields: ['mergedInto'], setOnly: true },
    // The open-data figures (src/features/open-data/server/figures-sql.ts): grouped by month, kind
    // and department, with every column they count, read from the index alone.
    {
      name: 'feedback_open_data_idx',
      fields: ['receivedMonth', 'kind', 'department', 'status', 'needsModeration', 'firstRepliedAt', 'repliedOnTime', 'workingDaysToReply', 'rating'],
    },
  ]),
  admin: {
    group: ADMIN_GROUPS.messages,
    useAsTitle: 'subject',
    defaultColumns: ['trackingCode', 'kind', 'subject', 'status', 'dueAt', 'department', 'createdAt'],
    listSearchableFields: ['trackingCode', 'subject'],
    components: {
      beforeListTable: ['/features/feedback/ui/admin/FeedbackDeadlinesLink#FeedbackDeadlinesLink'],
      // The 办理 tab: one button per legal next step (src/features/feedback/ui/admin/workbench).
      views: {
        edit: {
          desk: {
            Component: '/features/feedback/ui/admin/workbench/HandlingDeskView#HandlingDeskView',
            path: '/desk',
            tab: { label: '办理', href: '/desk', order: 0 },
            meta: { title: '办理留言' },
          },
        },
      },
    },
    hidden: ({ user }) => !user?.roles?.some((r: string) => r === 'admin' || r === 'handler'),
  },
  // The staff's overdue and due-soon lists filter on both (measured: 18.7 → 0.9 ms at 100k rows).
  indexes: [{ fields: ['status', 'dueAt'] }],
  access: {
    read: handlerOrTrackingLookup,
    create: residentFormOrHandler,
    update: handlerOrResidentFollowUp,
    delete: () => false,
  },
  endpoints: [
    { path: '/:id/reveal-contact', method: 'post', handler: revealContact },
    // The handling desk and the workbench's 派单 (src/features/feedback/server/desk-actions.ts).
    { path: '/bulk-assign', method: 'post', handler: bulkAssign },
    { path: '/:id/actions/:action', method: 'post', handler: deskAction },
    { path: '/:id/merge', method: 'post', handler: mergeEndpoint },
    { path: '/:id/undo-merge', method: 'post', handler: undoMergeEndpoint },
  ],
  hooks: {
    beforeChange: [maskContact, applyHandling, appendInternalNotes, stampMerge],
    afterChange: [queueFeedbackEmails, auditFeedbackSteps, draftPublicCopy, answerMergedMessages],
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'trackingCode', type: 'text', unique: true, index: true, required: true, label: zh('查询码', 'Tracking code'), admin: { readOnly: true }, access: { update: nobody } },
        { name: 'kind', type: 'select', required: true, index: true, label: zh('类型', 'Kind'), options: FEEDBACK_KINDS.map(({ value, label }) => ({ value, label })) },
        {
          name: 'status',
          type: 'select',
          required: true,
          index: true,
          defaultValue: 'received',
          label: zh('状态', 'Status'),
          options: [...STATUS_OPTIONS],
          access: { create: handlersOnly, update: handlersOrResident },
          // Moved only by the steps of the 办理 tab (or the API), never picked freely from a list.
          admin: { readOnly: true, description: zh('请在上方“办理”标签页按步骤办理：已收到 → 已受理（或不予受理、已转办）→ 办理中 → 已答复 → 已办结。', 'Use the 办理 tab to move a message on.') },
        },
      ],
    },
    ...deadlineFields,
    // What the resident wrote is kept exactly as sent: staff cannot rewrite it.
    { name: 'subject', type: 'text', required: true, maxLength: 60, label: zh('标题', 'Subject'), access: { update: nobody }, admin: { readOnly: true } },
    {
      name: 'message',
      type: 'textarea',
      required: true,
      maxLength: 5000,
      label: zh('留言内容', 'Message'),
      access: { update: nobody },
      hooks: { afterRead: [maskMessageForStaff] },
      admin: { readOnly: true, description: zh('其中的电话、姓名、住址等已部分隐去；需要时请按上方“显示联系方式和原文”。', 'Personal details are masked.') },
    },
    {
      name: 'about',
      type: 'group',
      label: zh('涉及事项', 'About'),
      fields: [
        {
          name: 'type',
          type: 'select',
          options: [
            { value: 'policy', label: zh('政策文件', 'Policy') },
            { value: 'station', label: zh('服务网点', 'Station') },
            { value: 'district', label: zh('区域', 'District') },
          ],
          label: zh('类别', 'Type'),
        },
        { name: 'key', type: 'text', maxLength: 80, label: zh('标识', 'Key') },
        { name: 'title', type: 'text', maxLength: 200, label: zh('名称', 'Title') },
      ],
    },
    // The notice a question is about, when it came from that notice's page (政策问答).
    { name: 'notice', type: 'relationship', relationTo: 'policy-notices', index: true, label: zh('涉及的政策文件', 'Notice'), access: { update: nobody }, admin: { readOnly: true } },
    { name: 'attachments', type: 'upload', relationTo: 'feedback-attachments', hasMany: true, maxRows: 3, label: zh('附件', 'Attachments'), access: { update: nobody }, admin: { readOnly: true } },
    {
      name: 'contactMasked',
      type: 'group',
      label: zh('联系方式（已遮盖）', 'Contact (masked)'),
      admin: { readOnly: true, description: zh('如需完整联系方式，请点击下方“显示联系方式”，该操作会记入审计日志。', 'Reveal writes an audit entry.') },
      access: { create: nobody, update: nobody },
      fields: [
        { name: 'name', type: 'text', label: zh('姓名', 'Name') },
        { name: 'phone', type: 'text', label: zh('电话', 'Phone') },
        { name: 'email', type: 'text', label: zh('邮箱', 'E-mail') },
      ],
    },
    {
      name: 'revealContact',
      type: 'ui',
      label: zh('显示联系方式', 'Reveal contact'),
      admin: { disableListColumn: true, components: { Field: '/features/feedback/ui/admin/ContactReveal#ContactReveal' } },
    },
    {
      // The real contact details: readable by nobody through the admin or the APIs; only the
      // audited reveal endpoint and the e-mail worker read them, on the server.
      name: 'contact',
      type: 'group',
      label: zh('联系方式', 'Contact'),
      access: { read: nobody, update: nobody },
      admin: { hidden: true },
      fields: [
        { name: 'name', type: 'text', maxLength: 30, label: zh('称呼', 'Name') },
        { name: 'phone', type: 'text', maxLength: 30, label: zh('电话', 'Phone') },
        { name: 'email', type: 'text', maxLength: 100, label: zh('电子邮箱', 'E-mail') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'replyBy', type: 'select', required: true, defaultValue: 'none', label: zh('答复方式', 'Reply by'), options: [
          { value: 'none', label: zh('在网上查询', 'Online') },
          { value: 'email', label: zh('电子邮件', 'E-mail') },
          { value: 'phone', label: zh('电话', 'Phone') },
        ] },
        { name: 'publishConsent', type: 'checkbox', defaultValue: false, label: zh('同意隐去个人信息后公开', 'Consents to publication') },
        { name: 'needsModeration', type: 'checkbox', defaultValue: false, index: true, label: zh('待人工审核（未通过人机验证）', 'Needs moderation') },
      ],
    },
    {
      name: 'timeline',
      type: 'array',
      label: zh('办理进程（群众可见）', 'Public timeline'),
      labels: collectionLabels('步骤', 'Step'),
      admin: { readOnly: true },
      access: { create: nobody, update: nobody },
      fields: [
        { name: 'status', type: 'select', label: zh('状态', 'Status'), options: [...STATUS_OPTIONS] },
        { name: 'at', type: 'date', label: zh('时间', 'At'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    ...handlingFields,
    ...mergeFields,
    internalNotesField,
    {
      // Shown here, written only by the 办理 tab's 答复 step (templates, preview, the state machine):
      // one way of replying, for handlers and admins alike.
      type: 'collapsible',
      label: zh('答复', 'Reply'),
      fields: [
        {
          name: 'reply',
          type: 'textarea',
          maxLength: 10000,
          label: zh('答复内容', 'Reply'),
          access: { create: handlersOnly, update: handlersOnly },
          admin: { readOnly: true, description: zh('答复请在上方“办理”标签页点“答复”：可选用模板、先预览再发送。', 'Reply from the 办理 tab.') },
        },
        {
          type: 'row',
          fields: [
            { name: 'repliedAt', type: 'date', label: zh('答复时间', 'Replied at'), access: { create: handlersOnly, update: handlersOnly }, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
            { name: 'replyDepartment', type: 'text', maxLength: 80, label: zh('答复单位', 'Replying department'), access: { create: handlersOnly, update: handlersOnly }, admin: { readOnly: true } },
          ],
        },
      ],
    },
    ...ratingFields,
    // Set by the retention job (src/features/feedback/jobs/anonymiseExpiredFeedback.ts); the tracking page then shows a notice.
    { name: 'anonymisedAt', type: 'date', index: true, label: zh('匿名化时间', 'Anonymised at'), admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } }, access: { create: nobody, update: nobody } },
    { name: 'accessKeyHash', type: 'text', label: zh('查询密码（散列）', 'Access key hash'), index: true, required: true, admin: { hidden: true }, access: { read: nobody, update: nobody } },
    { name: 'idempotencyToken', type: 'text', label: zh('防重复提交标记', 'Idempotency token'), unique: true, index: true, admin: { hidden: true }, access: { read: nobody, update: nobody } },
  ],
}
