import type { CollectionConfig } from 'payload'
import { linkHolderOrAdmin, subscribeFormOrAdmin } from '@/features/subscriptions/access/subscriptionAccess'
import { SUBSCRIPTION_FREQUENCIES, SUBSCRIPTION_SECTIONS, SUBSCRIPTION_TOPICS } from '@/features/subscriptions/rules/sections'
import { ADMIN_GROUPS, collectionLabels } from '@/platform/admin/labels'
import { oneClickUnsubscribe, openUnsubscribeLink } from './endpoints/oneClickUnsubscribe'

const options = (list: ReadonlyArray<{ value: string; label: string }>) => list.map(({ value, label }) => ({ value, label }))

/**
 * 邮件订阅: an address (nothing else about the person) and what it asked for. Created pending by
 * the subscribe form, confirmed from the e-mailed link, changed or deleted from the link in every
 * e-mail (`features/subscriptions`); unsubscribing deletes the row.
 */
export const EmailSubscriptions: CollectionConfig = {
  slug: 'email-subscriptions',
  labels: collectionLabels('邮件订阅', 'E-mail subscription'),
  admin: {
    group: ADMIN_GROUPS.messages,
    useAsTitle: 'email',
    defaultColumns: ['email', 'status', 'frequency', 'sections', 'confirmedAt'],
    description: { zh: '居民通过网站订阅的更新提醒。只保存电子邮箱和所选内容；居民退订后记录即删除。', en: 'Residents’ e-mail updates.' },
  },
  access: { create: subscribeFormOrAdmin, read: linkHolderOrAdmin, update: linkHolderOrAdmin, delete: linkHolderOrAdmin },
  endpoints: [
    { path: '/unsubscribe', method: 'post', handler: oneClickUnsubscribe },
    { path: '/unsubscribe', method: 'get', handler: openUnsubscribeLink },
  ],
  fields: [
    { name: 'email', type: 'email', required: true, unique: true, index: true, label: { zh: '电子邮箱', en: 'E-mail' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      label: { zh: '状态', en: 'Status' },
      options: [
        { value: 'pending', label: { zh: '待确认', en: 'Pending' } },
        { value: 'confirmed', label: { zh: '已确认', en: 'Confirmed' } },
      ],
    },
    { name: 'sections', type: 'select', hasMany: true, options: options(SUBSCRIPTION_SECTIONS), label: { zh: '栏目', en: 'Sections' } },
    { name: 'topics', type: 'select', hasMany: true, options: options(SUBSCRIPTION_TOPICS), label: { zh: '政策主题', en: 'Policy topics' } },
    { name: 'frequency', type: 'select', required: true, defaultValue: 'immediate', index: true, options: options(SUBSCRIPTION_FREQUENCIES), label: { zh: '发送频率', en: 'Frequency' } },
    // Raised by each new confirmation request: every older link stops working.
    { name: 'tokenVersion', type: 'number', label: { zh: '链接版本', en: 'Token version' }, required: true, defaultValue: 0, admin: { hidden: true } },
    { name: 'confirmedAt', type: 'date', label: { zh: '确认时间', en: 'Confirmed' }, admin: { readOnly: true } },
    { name: 'lastDigestAt', type: 'date', label: { zh: '上次每周汇总', en: 'Last digest' }, admin: { readOnly: true } },
  ],
}
