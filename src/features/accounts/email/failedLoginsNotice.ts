import { formatDayTime } from '@/platform/site-shell/format-date'
import { oneLine, renderEmail, type RenderedEmail } from '@/platform/email/email-layout'

export type FailedLoginsNoticeArgs = { siteName: string; name?: string | null; failures: number; lastAt: Date; lastAddress: string; adminUrl: string }

/** To a staff member whose account keeps failing to log in: it may be someone guessing. */
export function failedLoginsNotice(args: FailedLoginsNoticeArgs): RenderedEmail {
  return renderEmail({
    siteName: args.siteName,
    subject: `【${oneLine(args.siteName)}】您的工作人员账户有多次登录失败`,
    heading: '您的账户最近有多次登录失败',
    greeting: args.name ? `${oneLine(args.name)}您好：` : '您好：',
    blocks: [
      { type: 'paragraph', text: '有人多次用您的电子邮箱登录管理后台，但密码或动态验证码不正确。如果不是您本人，可能有人在猜测您的密码。您的账户没有被锁定，您仍可正常登录；来自同一地址的继续尝试会被逐步延缓。' },
      {
        type: 'facts',
        rows: [
          { label: '失败次数（24 小时内）', value: String(args.failures) },
          { label: '最近一次', value: formatDayTime(args.lastAt) },
          { label: '最近一次的地址', value: oneLine(args.lastAddress) },
        ],
      },
      { type: 'paragraph', text: '如果不是您本人：请登录后修改密码，并设置动态验证码（两步验证）；如有疑问，请联系网站管理员。' },
      { type: 'link', label: '登录管理后台：', href: args.adminUrl },
      { type: 'note', text: '24 小时内最多提醒一次。' },
    ],
  })
}
