import type { CollectionConfig } from 'payload'
import { anyone } from '@/platform/access/anyone'
import { ADMIN_GROUPS, collectionLabels, zh } from '@/platform/admin/labels'

const nobody = () => false

/**
 * The public copies of consultation comments, as a second person approved them on the moderation
 * desk. Only the moderated copies' hooks write here; the copy holds nothing but what is shown.
 */
export const PublishedComments: CollectionConfig = {
  slug: 'published-comments',
  labels: collectionLabels('公开的征求意见', 'Published comment'),
  admin: {
    group: ADMIN_GROUPS.messages,
    useAsTitle: 'comment',
    defaultColumns: ['comment', 'consultation', 'receivedAt'],
    description: zh('由“公开版本审核”批准后自动生成；如需修改或撤下，请在对应公开版本中操作。', 'Maintained from the moderated copies.'),
  },
  access: { read: anyone, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-receivedAt',
  fields: [
    { name: 'consultation', type: 'relationship', relationTo: 'consultations', required: true, index: true, label: zh('征求意见', 'Consultation') },
    { name: 'comment', type: 'textarea', required: true, label: zh('意见', 'Comment') },
    { name: 'receivedAt', type: 'date', required: true, index: true, label: zh('收到日期', 'Received') },
    // Which comment this copy came from: for the hooks only, never shown or served.
    { name: 'source', type: 'text', label: { zh: '来源意见', en: 'Source' }, required: true, unique: true, index: true, access: { read: nobody }, admin: { hidden: true } },
  ],
}
