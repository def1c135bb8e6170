import type { CollectionConfig } from 'payload'
import { SUBSCRIPTION_SECTIONS } from '@/features/subscriptions/rules/sections'
import { isStaff } from '@/platform/access/isStaff'
import { ADMIN_GROUPS, collectionLabels } from '@/platform/admin/labels'

const nobody = () => false

/**
 * 订阅更新记录: one row per page on its first publication, written by the `notifySubscribers`
 * task (features/subscriptions). `item` is unique, so a page republished after an edit is never
 * mailed twice; the weekly digests read their items from here.
 */
export const SubscriptionUpdates: CollectionConfig = {
  slug: 'subscription-updates',
  labels: collectionLabels('订阅更新记录', 'Subscription update'),
  admin: {
    group: ADMIN_GROUPS.messages,
    useAsTitle: 'title',
    defaultColumns: ['title', 'section', 'publishedAt', 'immediateRecipients'],
    description: { zh: '每个页面首次发布时记录一次，并向“立即发送”的订阅者发出提醒；每周汇总也从这里选取内容。', en: 'Mailed updates.' },
  },
  access: { read: isStaff, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-publishedAt',
  fields: [
    { name: 'item', type: 'text', label: { zh: '更新内容标识', en: 'Item' }, required: true, unique: true, index: true, admin: { hidden: true } },
    { name: 'section', type: 'select', required: true, index: true, options: SUBSCRIPTION_SECTIONS.map(({ value, label }) => ({ value, label })), label: { zh: '栏目', en: 'Section' } },
    { name: 'title', type: 'text', required: true, label: { zh: '标题', en: 'Title' } },
    { name: 'path', type: 'text', required: true, label: { zh: '页面地址', en: 'Path' } },
    { name: 'topic', type: 'text', label: { zh: '政策主题', en: 'Topic' } },
    { name: 'summary', type: 'textarea', label: { zh: '摘要', en: 'Summary' } },
    { name: 'publishedAt', type: 'date', required: true, index: true, label: { zh: '发布时间', en: 'Published' } },
    { name: 'immediateRecipients', type: 'number', defaultValue: 0, label: { zh: '立即发送人数', en: 'Immediate recipients' } },
  ],
}
