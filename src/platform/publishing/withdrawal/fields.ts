import type { Field, FieldAccess } from 'payload'
import { hasRole } from '@/platform/access/roles'
import { WITHDRAWAL_REASON_MAX } from '@/platform/publishing/rules/withdrawal'
import { isSitePath } from '@/platform/publishing/rules/retirement'

/** Editors see the withdrawal but only reviewers and administrators change it. */
const reviewersOnly: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'reviewer')

export const withdrawalFields: Field[] = [
  {
    name: 'withdrawal',
    type: 'group',
    label: { zh: '撤回', en: 'Withdrawal' },
    admin: {
      position: 'sidebar',
      description: {
        zh: '撤回后页面仍可访问并显示撤回说明，但不再出现在列表、首页、订阅、网站地图和站内搜索中。仅审核员或管理员可操作，保存并发布后生效。',
        en: 'A withdrawn page stays online with a banner but leaves lists, feeds, the sitemap and search.',
      },
    },
    fields: [
      { name: 'withdrawn', type: 'checkbox', defaultValue: false, label: { zh: '已撤回', en: 'Withdrawn' }, access: { update: reviewersOnly } },
      {
        name: 'reason',
        type: 'textarea',
        maxLength: WITHDRAWAL_REASON_MAX,
        label: { zh: '撤回原因（公开显示）', en: 'Public reason' },
        access: { update: reviewersOnly },
        admin: { condition: (_data, siblingData) => Boolean(siblingData?.withdrawn) },
      },
      {
        name: 'withdrawnAt',
        type: 'date',
        label: { zh: '撤回日期', en: 'Withdrawn on' },
        // Set by the server when the page is published withdrawn; whatever a client sends is replaced.
        admin: { readOnly: true, condition: (_data, siblingData) => Boolean(siblingData?.withdrawn) },
      },
    ],
  },
  {
    name: 'replacementPath',
    type: 'text',
    maxLength: 300,
    label: { zh: '下线后的替代地址', en: 'Replacement address' },
    admin: {
      position: 'sidebar',
      description: {
        zh: '取消发布、删除或更改网址后，旧网址跳转到这里（本站地址，如 /policies/xxx）。留空则旧网址显示“内容已下线”（410）。',
        en: 'Where the old address redirects after unpublishing or deleting; empty: 410 Gone.',
      },
    },
    validate: (value: unknown) => (!value || isSitePath(value) ? true : '请填写以“/”开头的本站地址，例如 /policies/chengbanfa-2004-5。'),
  },
]
