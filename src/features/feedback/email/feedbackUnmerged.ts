import { oneLine, renderEmail, type RenderedEmail } from '@/platform/email/email-layout'

export type FeedbackUnmergedArgs = {
  siteName: string
  trackingCode: string
  /** 已收到 or 已受理: where the message stands again. */
  statusLabel: string
  /** The tracking page, carrying at most the tracking code — never the secret key. */
  trackUrl: string
}

/** To the resident told of a merge: it was taken back, their message is handled and answered on its own. */
export function feedbackUnmerged(args: FeedbackUnmergedArgs): RenderedEmail {
  const code = oneLine(args.trackingCode)
  return renderEmail({
    siteName: args.siteName,
    subject: `【${oneLine(args.siteName)}】您的来信改为单独办理（查询码 ${code}）`,
    heading: '您的来信改为单独办理',
    greeting: '您好！',
    blocks: [
      { type: 'paragraph', text: '此前我们告知您，您的来信与其他群众反映的相同问题合并办理。经核实，您的来信将单独办理，并单独答复您。' },
      { type: 'facts', rows: [{ label: '查询码', value: code }, { label: '办理状态', value: oneLine(args.statusLabel) }] },
      { type: 'link', label: '您的查询码不变，可随时在以下页面查看办理进度：', href: args.trackUrl },
      { type: 'paragraph', text: '如果您没有提交过上述内容，请忽略本邮件。' },
    ],
  })
}
