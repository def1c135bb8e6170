import { HeadingFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import type { CollectionConfig } from 'payload'
import { contentAccess } from '@/platform/access/contentAccess'
import { pageSlug } from '@/platform/content/pageSlugField'
import { assignTitleSlug } from '@/platform/content/assignTitleSlug'
import { revalidateContent } from '@/platform/cache/revalidateContent'
import { indexForSearch, removeFromSearch } from '@/features/search/hooks/indexForSearch'
import { notifySubscribers } from '@/features/subscriptions/hooks/notifySubscribers'
import { DECISIONS, USUAL_PERIOD_DAYS } from '@/features/consultations/rules'
import { ADMIN_GROUPS, collectionLabels, zh } from '@/platform/admin/labels'
import { checkConsultation } from './hooks/checkConsultation'

const revalidate = revalidateContent({ base: '/consultations', lists: ['/', '/consultations'], feed: '/feeds/consultations.xml' })
const day = { pickerAppearance: 'dayOnly' as const, displayFormat: 'yyyy-MM-dd' }

/**
 * 征求意见: a draft put to residents for comment between two Beijing calendar days, then the
 * account of how the comments were handled (意见采纳情况), linked to the notice finally issued.
 * Published through the publishing desk like every public page; comments live in
 * `consultation-comments` and become public only through the moderation desk.
 */
export const Consultations: CollectionConfig = {
  slug: 'consultations',
  labels: collectionLabels('征求意见', 'Consultation'),
  admin: {
    group: ADMIN_GROUPS.content,
    useAsTitle: 'title',
    defaultColumns: ['title', 'department', 'opensOn', 'closesOn', '_status'],
    listSearchableFields: ['title', 'summary'],
  },
  access: contentAccess,
  versions: { drafts: true, maxPerDoc: 50 },
  indexes: [{ fields: ['_status', 'closesOn'] }],
  hooks: {
    beforeChange: [assignTitleSlug, checkConsultation],
    afterChange: [revalidate.afterChange, indexForSearch('consultations'), notifySubscribers('consultations')],
    afterDelete: [revalidate.afterDelete, removeFromSearch('consultations')],
  },
  fields: [
    { name: 'commentDesk', type: 'ui', label: zh('意见审核', 'Comment review'), admin: { disableListColumn: true, components: { Field: '/features/consultations/ui/admin/CommentDesk#CommentDesk' } } },
    { name: 'title', type: 'text', required: true, maxLength: 120, label: zh('标题', 'Title') },
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      maxLength: 140,
      label: zh('摘要', 'Summary'),
      admin: { description: zh('列表中显示：征求什么意见、涉及哪些人，不超过 140 字。', 'Shown in lists; up to 140 characters.') },
    },
    { name: 'department', type: 'text', required: true, maxLength: 60, label: zh('起草部门', 'Department') },
    {
      type: 'row',
      fields: [
        { name: 'opensOn', type: 'date', required: true, label: zh('开始日期（北京时间）', 'Opens on'), admin: { date: day } },
        {
          name: 'closesOn',
          type: 'date',
          required: true,
          label: zh('截止日期（北京时间，当天可提交）', 'Closes on'),
          admin: { date: day, description: zh(`征求意见期一般不少于 ${USUAL_PERIOD_DAYS} 日。`, `Usually at least ${USUAL_PERIOD_DAYS} days.`) },
        },
      ],
    },
    {
      name: 'draftText',
      type: 'richText',
      required: true,
      label: zh('征求意见稿', 'Draft text'),
      editor: lexicalEditor({
        features: ({ defaultFeatures }) => [
          ...defaultFeatures.filter((feature) => feature.key !== 'heading' && feature.key !== 'upload' && feature.key !== 'relationship'),
          HeadingFeature({ enabledHeadingSizes: ['h2', 'h3'] }),
        ],
      }),
    },
    {
      name: 'questions',
      type: 'array',
      label: zh('希望听取意见的问题', 'Questions asked'),
      labels: { singular: zh('问题', 'Question'), plural: zh('问题', 'Questions') },
      fields: [{ name: 'question', type: 'text', required: true, maxLength: 200, label: zh('问题', 'Question') }],
    },
    {
      name: 'outcome',
      type: 'group',
      label: zh('意见采纳情况', 'Outcome'),
      admin: { description: zh('截止日期过后填写并发布：收到多少意见、哪些采纳、哪些未采纳及理由。', 'Filled in after closing.') },
      fields: [
        { name: 'summary', type: 'textarea', maxLength: 2000, label: zh('总体情况', 'Summary') },
        {
          name: 'points',
          type: 'array',
          label: zh('主要意见及处理', 'Points raised'),
          labels: { singular: zh('意见', 'Point'), plural: zh('意见', 'Points') },
          fields: [
            { name: 'point', type: 'textarea', required: true, maxLength: 1000, label: zh('意见内容（归纳）', 'Point') },
            { name: 'decision', type: 'select', required: true, options: DECISIONS.map(({ value, label }) => ({ value, label })), label: zh('处理', 'Decision') },
            { name: 'reason', type: 'textarea', maxLength: 1000, label: zh('理由或说明', 'Reason') },
          ],
        },
        { name: 'finalNotice', type: 'relationship', relationTo: 'policy-notices', label: zh('最终印发的文件', 'Notice issued') },
        {
          name: 'publishedAt',
          type: 'date',
          label: zh('采纳情况发布日期', 'Outcome published'),
          admin: { readOnly: true, description: zh('首次填写采纳情况时自动记录。', 'Set when the outcome is first written.') },
        },
      ],
    },
    pageSlug,
  ],
}
