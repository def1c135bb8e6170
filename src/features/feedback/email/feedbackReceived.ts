import { formatDayTime } from '@/platform/site-shell/format-date'
import { oneLine, renderEmail, type RenderedEmail } from '@/platform/email/email-layout'

export type FeedbackReceivedArgs = {
  siteName: string
  trackingCode: string
  /** The tracking page, carrying at most the tracking code — never the secret key. */
  trackUrl: string
  /** 咨询, 建议, 投诉 … */
  kindLabel: string
  receivedAt: Date | string
  replyWithinWorkingDays: number
}

/**
 * To the resident, right after a submission. Nobody has verified that the address is the
 * resident's, so the e-mail echoes nothing they wrote (not even the subject): only the code, the
 * link and fixed wording. There is deliberately no parameter for the secret key either.
 */
export function feedbackReceived(args: FeedbackReceivedArgs): RenderedEmail {
  const kind = oneLine(args.kindLabel) || '来信'
  const code = oneLine(args.trackingCode)
  const received = formatDayTime(args.receivedAt)
  const days = args.replyWithinWorkingDays
  const promise =
    Number.isInteger(days) && days > 0
      ? `我们将在 ${days} 个工作日内答复，答复后会再发邮件提醒您。`
      : '我们将尽快答复，答复后会再发邮件提醒您。'

  return renderEmail({
    siteName: args.siteName,
    subject: `【${oneLine(args.siteName)}】我们已收到您的${kind}（查询码 ${code}）`,
    heading: `我们已收到您的${kind}`,
    greeting: '您好！',
    blocks: [
      { type: 'paragraph', text: `感谢您的来信。您提交的${kind}已经登记，相关工作人员会认真办理。` },
      {
        type: 'facts',
        rows: [
          { label: '查询码', value: code },
          { label: '类别', value: kind },
          ...(received ? [{ label: '提交时间', value: `${received}（北京时间）` }] : []),
        ],
      },
      { type: 'paragraph', text: promise },
      { type: 'link', label: '您可以在以下页面查看办理进度和答复：', href: args.trackUrl },
      {
        type: 'note',
        text: '查看时除查询码外，还需要输入您提交时页面上显示的查询密钥。为保护您的隐私，查询密钥不会通过邮件发送，请妥善保管，不要告诉他人。',
      },
      { type: 'paragraph', text: '如果您没有提交过上述内容，请忽略本邮件。' },
    ],
  })
}
