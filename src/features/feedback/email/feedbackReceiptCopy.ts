import { formatDayChinese } from '@/platform/site-shell/format-date'
import { oneLine, renderEmail, type RenderedEmail } from '@/platform/email/email-layout'

export type FeedbackReceiptCopyArgs = {
  siteName: string
  trackingCode: string
  accessKey: string
  trackUrl: string
  replyDueAt?: string
}

/**
 * The receipt, sent only when the resident asked for it on the confirmation page (the one e-mail
 * that carries the key). It goes to the address stored with the message, echoes nothing the
 * resident wrote, and tells them how to keep the key safe.
 */
export function feedbackReceiptCopy(args: FeedbackReceiptCopyArgs): RenderedEmail {
  const code = oneLine(args.trackingCode)
  const due = args.replyDueAt ? formatDayChinese(args.replyDueAt) : ''
  return renderEmail({
    siteName: args.siteName,
    subject: `【${oneLine(args.siteName)}】您的留言回执（查询码 ${code}）`,
    heading: '您的留言回执',
    greeting: '您好！',
    blocks: [
      { type: 'paragraph', text: '您在提交留言后的页面上选择了把查询码和查询密码发送到本邮箱。请妥善保存本邮件。' },
      {
        type: 'facts',
        rows: [
          { label: '查询码', value: code },
          { label: '查询密码', value: oneLine(args.accessKey) },
          ...(due ? [{ label: '答复期限', value: `${due}前（节假日不计）` }] : []),
        ],
      },
      { type: 'link', label: '凭查询码和查询密码，可在以下页面查看办理进度和答复：', href: args.trackUrl },
      { type: 'note', text: '查询密码可以看到您留言的全部内容，请不要转发本邮件或告诉他人。如果您没有提交过留言，请忽略本邮件。' },
    ],
  })
}
