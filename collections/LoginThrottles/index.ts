import type { CollectionConfig } from 'payload'
import { ADMIN_GROUPS, collectionLabels } from '@/platform/admin/labels'

const nobody = () => false

/**
 * Counts of failed logins (per account and address, per address, per account), kept in the
 * database so that every instance sees the same counts and a restart forgets nothing. Written only
 * by the users collection's login hooks (`src/features/accounts/server/login-throttle-store.ts`).
 */
export const LoginThrottles: CollectionConfig = {
  slug: 'login-throttles',
  labels: collectionLabels('登录失败计数', 'Login throttle', 'Login throttles'),
  admin: { group: ADMIN_GROUPS.system, hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true, label: { zh: '计数对象', en: 'Key' } },
    { name: 'failures', type: 'number', required: true, defaultValue: 0, label: { zh: '失败次数', en: 'Failures' } },
    { name: 'lastFailureAt', type: 'date', label: { zh: '最近失败时间', en: 'Last failure' } },
    { name: 'ownerNotifiedAt', type: 'date', label: { zh: '已通知账户本人', en: 'Owner notified' } },
  ],
}
