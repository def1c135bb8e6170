import type { CollectionConfig } from 'payload'
import { canHandleFeedback } from '@/platform/access/canHandleFeedback'
import { FEEDBACK_KINDS } from '@/features/feedback/rules/intake'
import { TEMPLATE_ACTIONS, TEMPLATE_PLACEHOLDERS } from '@/features/feedback/rules/workbench'
import { ADMIN_GROUPS, collectionLabels } from '@/platform/admin/labels'

/** Standard wording handlers start a reply from; they always adapt it to the message. */
export const ReplyTemplates: CollectionConfig = {
  slug: 'reply-templates',
  labels: collectionLabels('答复模板', 'Reply template'),
  admin: {
    group: ADMIN_GROUPS.messages,
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'action', 'updatedAt'],
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
    {
      name: 'action',
      type: 'select',
      defaultValue: 'reply',
      label: { zh: '用于哪一步', en: 'For step' },
      options: TEMPLATE_ACTIONS.map(({ value, label }) => ({ value, label: { zh: label, en: value } })),
    },
    {
      name: 'body',
      type: 'textarea',
      required: true,
      maxLength: 5000,
      label: { zh: '模板内容', en: 'Body' },
      admin: { description: { zh: `可用的占位符：${TEMPLATE_PLACEHOLDERS.map((p) => `${p.token}（${p.hint}）`).join('；')}。办理台先显示预览，发出时按留言填入。`, en: 'Placeholders are filled when sent.' } },
    },
  ],
}
