import type { CollectionConfig } from 'payload'
import { canHandleFeedback } from '@/platform/access/canHandleFeedback'
import { FEEDBACK_KINDS } from '@/features/feedback/rules/intake'
import { ADMIN_GROUPS, collectionLabels } from '@/platform/admin/labels'

/** Standard wording handlers start a reply from; they always adapt it to the message. */
export const ReplyTemplates: CollectionConfig = {
  slug: 'reply-templates',
  labels: collectionLabels('答复模板', 'Reply template'),
  admin: {
    group: ADMIN_GROUPS.messages,
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'updatedAt'],
    hidden: ({ user }) => !user?.roles?.some((r: string) => r === 'admin' || r === 'handler'),
  },
  access: { read: canHandleFeedback, create: canHandleFeedback, update: canHandleFeedback, delete: canHandleFeedback },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 60, label: { zh: '模板名称', en: 'Title' } },
    {
      name: 'kind',
      type: 'select',
      label: { zh: '适用类型（不选则通用）', en: 'For kind' },
      options: FEEDBACK_KINDS.map(({ value, label }) => ({ value, label })),
    },
    { name: 'body', type: 'textarea', required: true, maxLength: 5000, label: { zh: '模板内容', en: 'Body' } },
  ],
}
