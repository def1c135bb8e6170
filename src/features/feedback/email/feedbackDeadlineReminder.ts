import { formatDayTime } from '@/platform/site-shell/format-date'
import { oneLine, renderEmail, type RenderedEmail } from '@/platform/email/email-layout'

export type FeedbackDeadlineReminderArgs = {
  siteName: string
  trackingCode: string
  kindLabel: string
  /** 'due-soon': the deadline is near; 'overdue': it has passed. */
  threshold: 'due-soon' | 'overdue'
  dueAt: Date | string
  /** What is left or how late, e.g. 剩余 1 个工作日. */
  remaining: string
  adminUrl: string
}

/** To the assigned handler: a message is close to its deadline, or past it. No resident data. */
export function feedbackDeadlineReminder(args: FeedbackDeadlineReminderArgs): RenderedEmail {
  const code = oneLine(args.trackingCode)
  const kind = oneLine(args.kindLabel) || '留言'
  const overdue = args.threshold === 'overdue'
  const due = formatDayTime(args.dueAt)
  return renderEmail({
    siteName: args.siteName,
    subject: `【${oneLine(args.siteName)}】${overdue ? '已超期' : '即将到期'}：${kind}（查询码 ${code}）`,
    heading: overdue ? '留言已超过办理时限' : '留言即将到期',
    greeting: '您好：',
    blocks: [
      {
        type: 'paragraph',
        text: overdue
          ? `您承办的这条${kind}已超过办理时限，请尽快办理；确需延期的，请在后台填写延期理由。`
          : `您承办的这条${kind}即将到达办理时限，请按时答复。`,
      },
      {
        type: 'facts',
        rows: [
          { label: '查询码', value: code },
          { label: '时限', value: `${due}（北京时间）` },
          { label: '情况', value: oneLine(args.remaining) },
        ],
      },
      { type: 'link', label: '在管理后台打开：', href: args.adminUrl },
      { type: 'note', text: '本邮件只发送一次，不包含来信人的任何信息。请勿转发。' },
    ],
  })
}
