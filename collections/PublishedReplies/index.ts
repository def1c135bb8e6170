import { zh } from '@/platform/admin/labels'
import type { CollectionConfig } from 'payload'
import { listIndexes } from '@/platform/database/list-indexes'
import { anyone } from '@/platform/access/anyone'
import { FEEDBACK_KINDS } from '@/features/feedback/rules/intake'
import { indexForSearch, removeFromSearch } from '@/features/search/hooks/indexForSearch'
import { notifySubscribers } from '@/features/subscriptions/hooks/notifySubscribers'
import { revalidateRepliesFeedAfterChange, revalidateRepliesFeedAfterDelete } from './hooks/revalidateRepliesFeed'
import { ADMIN_GROUPS, collectionLabels } from '@/platform/admin/labels'

const nobody = () => false

/**
 * 留言选登: the public copy of a message and its reply, as a handler approved it after removing
 * personal details. Only the Feedback collection's hooks write here (with overrideAccess); the
 * copy holds nothing but what is shown, so no query can reach a name, phone or address.
 */
export const PublishedReplies: CollectionConfig = {
  slug: 'published-replies',
  labels: collectionLabels('留言选登', 'Published reply', 'Published replies'),
  admin: {
    group: ADMIN_GROUPS.messages,
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'kind', 'repliedAt', 'department'],
    description: { zh: '由留言的“公开”设置自动生成；如需修改或撤下，请在对应留言中操作。', en: 'Maintained from the messages.' },
  },
  access: { read: anyone, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-repliedAt',
  // 留言选登, newest reply first, all or of one kind (id breaks ties, for keyset paging).
  custom: listIndexes('published-replies', [
    { name: 'published_replies_listed_idx', fields: ['repliedAt', 'id'] },
    { name: 'published_replies_listed_kind_idx', fields: ['kind', 'repliedAt', 'id'] },
  ]),
  hooks: {
    afterChange: [indexForSearch('published-replies'), notifySubscribers('replies'), revalidateRepliesFeedAfterChange],
    afterDelete: [removeFromSearch('published-replies'), revalidateRepliesFeedAfterDelete],
  },
  fields: [
    { name: 'kind', type: 'select', required: true, index: true, options: FEEDBACK_KINDS.map(({ value, label }) => ({ value, label })), label: { zh: '类型', en: 'Kind' } },
    { name: 'subject', type: 'text', required: true, label: { zh: '标题', en: 'Subject' } },
    { name: 'question', type: 'textarea', required: true, label: { zh: '留言', en: 'Question' } },
    { name: 'answer', type: 'textarea', required: true, label: { zh: '答复', en: 'Answer' } },
    { name: 'receivedAt', type: 'date', required: true, label: { zh: '收到日期', en: 'Received' } },
    { name: 'repliedAt', type: 'date', required: true, index: true, label: { zh: '答复日期', en: 'Replied' } },
    { name: 'department', type: 'text', label: { zh: '答复单位', en: 'Department' } },
    // A question about a policy notice (政策问答) is shown under that notice too.
    { name: 'notice', type: 'relationship', relationTo: 'policy-notices', index: true, label: { zh: '涉及的政策文件', en: 'Notice' } },
    { name: 'noticeSlug', type: 'text', label: zh('所涉文件网址名', 'Notice slug'), admin: { hidden: true } },
    // Which message this copy came from: for the hooks only, never shown or served.
    { name: 'source', type: 'text', label: { zh: '来源留言', en: 'Source' }, required: true, unique: true, index: true, access: { read: nobody }, admin: { hidden: true } },
  ],
}
