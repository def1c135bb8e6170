import type { GlobalConfig } from 'payload'
import { DEFAULT_FLAG_RULE } from '@/features/usefulness/rules/usefulness-tally'
import { anyone } from '@/platform/access/anyone'
import { isAdmin } from '@/platform/access/isAdmin'
import { ADMIN_GROUPS } from '@/platform/admin/labels'

/** The numbers of e-mail subscriptions and of "was this page useful?", read by those features. */
export const ParticipationSettings: GlobalConfig = {
  slug: 'participation-settings',
  label: { zh: '订阅与页面评价设置', en: 'Subscriptions and usefulness' },
  admin: { group: ADMIN_GROUPS.system },
  access: { read: anyone, update: isAdmin },
  fields: [
    {
      name: 'subscriptionEmailsPerMinute',
      type: 'number',
      required: true,
      min: 1,
      max: 1000,
      defaultValue: 30,
      label: { zh: '订阅邮件每分钟最多发送', en: 'Subscription e-mails per minute' },
      admin: { description: { zh: '更新提醒和每周汇总按此速度发出，以免邮件服务商拒收。', en: 'Pace of mailings.' } },
    },
    {
      name: 'flagMinNo',
      type: 'number',
      required: true,
      min: 1,
      defaultValue: DEFAULT_FLAG_RULE.minNo,
      label: { zh: '提醒复核：“没有帮助”至少几次', en: 'Flag: at least this many "no"' },
    },
    {
      name: 'flagMinNoPercent',
      type: 'number',
      required: true,
      min: 1,
      max: 100,
      defaultValue: DEFAULT_FLAG_RULE.minNoShare * 100,
      label: { zh: '提醒复核：“没有帮助”至少占百分之几', en: 'Flag: at least this share of "no" (%)' },
      admin: { description: { zh: '两项都达到时，健康与防艾页面会在工作台首页提醒其审核人。', en: 'Health pages are flagged to their reviewer.' } },
    },
  ],
}
