import type { Access, CollectionConfig } from 'payload'
import { anyone } from '@/platform/access/anyone'
import { hasRole } from '@/platform/access/roles'
import { isSitePath } from '@/platform/publishing/rules/retirement'
import { ADMIN_GROUPS, collectionLabels } from '@/platform/admin/labels'

const reviewers: Access = ({ req: { user } }) => hasRole(user, 'admin', 'reviewer')

/**
 * Addresses whose page was unpublished, deleted or moved: each answers 410 Gone or redirects
 * (308) to a replacement, so no published link breaks. Written by the content collections'
 * hooks; staff may turn a 410 into a redirect. Public routing data: the server reads it to answer.
 */
export const RetiredAddresses: CollectionConfig = {
  slug: 'retired-addresses',
  labels: collectionLabels('已下线地址', 'Retired address', 'Retired addresses'),
  admin: {
    group: ADMIN_GROUPS.content,
    useAsTitle: 'path',
    defaultColumns: ['path', 'status', 'target', 'retiredAt'],
    description: {
      zh: '内容取消发布、删除或更换网址后，旧网址显示“内容已下线”（410）或跳转到替代地址。重新在原网址发布时自动删除。',
      en: 'Old addresses answer 410 Gone or redirect; republishing at the address removes the entry.',
    },
  },
  access: { read: anyone, create: reviewers, update: reviewers, delete: reviewers },
  fields: [
    {
      name: 'path',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { zh: '旧网址', en: 'Address' },
      validate: (value: unknown) => (isSitePath(value) ? true : '请填写以“/”开头的本站地址。'),
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: '410',
      label: { zh: '处理方式', en: 'Answer' },
      options: [
        { value: '410', label: { zh: '显示“内容已下线”（410）', en: '410 Gone' } },
        { value: '308', label: { zh: '跳转到替代地址（308）', en: 'Redirect (308)' } },
      ],
    },
    {
      name: 'target',
      type: 'text',
      label: { zh: '替代地址', en: 'Replacement' },
      admin: { condition: (_data, siblingData) => siblingData?.status === '308' },
      validate: (value: unknown, { siblingData }: { siblingData: { status?: string } }) =>
        siblingData?.status !== '308' || isSitePath(value) ? true : '跳转时请填写以“/”开头的本站地址。',
    },
    {
      name: 'reason',
      type: 'text',
      maxLength: 300,
      label: { zh: '下线原因（公开）', en: 'Public reason' },
      admin: { description: { zh: '取消发布时审核人填写的原因，显示在旧网址的“内容已下线”页面上。', en: 'Shown on the 410 page.' } },
    },
    { name: 'retiredAt', type: 'date', label: { zh: '下线时间', en: 'Retired at' }, admin: { readOnly: true } },
    { name: 'source', type: 'text', label: { zh: '原内容', en: 'Source' }, admin: { readOnly: true } },
  ],
}
