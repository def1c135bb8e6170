import { oneLine, renderEmail, type RenderedEmail } from '@/platform/email/email-layout'

export type FeedbackRepliedArgs = {
  siteName: string
  trackingCode: string
  /** The tracking page, carrying at most the tracking code — never the secret key. */
  trackUrl: string
}

/**
 * To the resident: a reply is ready. The reply itself is only shown on the tracking page, and the
 * e-mail echoes nothing the resident wrote (the address was never verified).
 */
export function feedbackReplied(args: FeedbackRepliedArgs): RenderedEmail {
  const code = oneLine(args.trackingCode)

  return renderEmail({
    siteName: args.siteName,
    subject: `【${oneLine(args.siteName)}】您的来信已有答复（查询码 ${code}）`,
    heading: '您的来信已有答复',
    greeting: '您好！',
    blocks: [
      { type: 'paragraph', text: '感谢您的耐心等待。我们已对您的来信作出答复。' },
      { type: 'facts', rows: [{ label: '查询码', value: code }, { label: '办理状态', value: '已答复（尚未办结）' }] },
      { type: 'link', label: '请在以下页面查看答复内容：', href: args.trackUrl },
      {
        type: 'note',
        text: '为保护您的隐私，答复内容不在邮件中显示。查看时需要输入查询码和您提交时页面上显示的查询密钥。',
      },
      { type: 'paragraph', text: '如对答复不满意，您可以在查询页面评价并申请重新办理一次。' },
      { type: 'paragraph', text: '如果您没有提交过上述内容，请忽略本邮件。' },
    ],
  })
}
