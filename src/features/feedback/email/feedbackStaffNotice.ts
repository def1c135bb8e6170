import { formatDayTime } from '@/platform/site-shell/format-date'
import { oneLine, renderEmail, truncate, type RenderedEmail } from '@/platform/email/email-layout'

export type FeedbackStaffNoticeArgs = {
  siteName: string
  trackingCode: string
  kindLabel: string
  /** The resident's own subject line, shortened; name, contact details and message are never included. */
  subject: string
  /** The message in the admin panel. */
  adminUrl: string
  receivedAt: Date | string
}

/** To staff: something new arrived. Everything about the resident stays behind the admin login. */
export function feedbackStaffNotice(args: FeedbackStaffNoticeArgs): RenderedEmail {
  const kind = oneLine(args.kindLabel) || '来信'
  const code = oneLine(args.trackingCode)
  const received = formatDayTime(args.receivedAt)

  return renderEmail({
    siteName: args.siteName,
    subject: `【${oneLine(args.siteName)}】新的${kind}待处理（查询码 ${code}）`,
    heading: `收到新的${kind}`,
    greeting: '您好：',
    blocks: [
      { type: 'paragraph', text: `网站收到一条新的${kind}，请登录管理后台查看并按时办理。` },
      {
        type: 'facts',
        rows: [
          { label: '查询码', value: code },
          { label: '类别', value: kind },
          { label: '主题', value: truncate(oneLine(args.subject), 60) },
          ...(received ? [{ label: '收到时间', value: `${received}（北京时间）` }] : []),
        ],
      },
      { type: 'link', label: '在管理后台打开：', href: args.adminUrl },
      {
        type: 'note',
        text: '为保护来信人的隐私，本邮件不包含来信人的姓名、联系方式和来信正文，请登录管理后台查看。请勿转发本邮件。',
      },
    ],
  })
}
