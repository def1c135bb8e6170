import { oneLine, renderEmail, type RenderedEmail } from '@/platform/email/email-layout'

export type FeedbackMergedArgs = {
  siteName: string
  trackingCode: string
  /** The tracking page, carrying at most the tracking code — never the secret key. */
  trackUrl: string
}

/** To the resident: their message is handled together with others on the same matter; the code stays. */
export function feedbackMerged(args: FeedbackMergedArgs): RenderedEmail {
  const code = oneLine(args.trackingCode)
  return renderEmail({
    siteName: args.siteName,
    subject: `【${oneLine(args.siteName)}】您的来信将与相同问题的来信合并办理（查询码 ${code}）`,
    heading: '您的来信将合并办理',
    greeting: '您好！',
    blocks: [
      { type: 'paragraph', text: '其他群众也反映了与您的来信相同的问题。为尽快办理，我们将这些来信合并办理，答复时会同时答复您。' },
      { type: 'facts', rows: [{ label: '查询码', value: code }, { label: '办理状态', value: '已受理，合并办理中' }] },
      { type: 'link', label: '您的查询码不变，可随时在以下页面查看办理进度：', href: args.trackUrl },
      { type: 'paragraph', text: '如果您没有提交过上述内容，请忽略本邮件。' },
    ],
  })
}
