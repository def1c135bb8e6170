import { oneLine, renderEmail, type RenderedEmail } from '@/platform/email/email-layout'

export type FeedbackMergedArgs = {
  siteName: string
  trackingCode: string
  /** The tracking page, carrying at most the tracking code — never the secret key. */
  trackUrl: string
}

/** The two letters about a merge share their frame: what happened, the code and where to follow it. */
function mergeLetter(args: FeedbackMergedArgs, letter: { title: string; heading: string; text: string; status: string }): RenderedEmail {
  const code = oneLine(args.trackingCode)
  return renderEmail({
    siteName: args.siteName,
    subject: `【${oneLine(args.siteName)}】${letter.title}（查询码 ${code}）`,
    heading: letter.heading,
    greeting: '您好！',
    blocks: [
      { type: 'paragraph', text: letter.text },
      { type: 'facts', rows: [{ label: '查询码', value: code }, { label: '办理状态', value: oneLine(letter.status) }] },
      { type: 'link', label: '您的查询码不变，可随时在以下页面查看办理进度：', href: args.trackUrl },
      { type: 'paragraph', text: '如果您没有提交过上述内容，请忽略本邮件。' },
    ],
  })
}

/** To the resident: their message is handled together with others on the same matter; the code stays. */
export function feedbackMerged(args: FeedbackMergedArgs): RenderedEmail {
  return mergeLetter(args, {
    title: '您的来信将与相同问题的来信合并办理',
    heading: '您的来信将合并办理',
    text: '其他群众也反映了与您的来信相同的问题。为尽快办理，我们将这些来信合并办理，答复时会同时答复您。',
    status: '已受理，合并办理中',
  })
}

/** To the resident told of a merge that was taken back (撤销合并): their message is handled on its own. */
export function feedbackUnmerged(args: FeedbackMergedArgs & { statusLabel: string }): RenderedEmail {
  return mergeLetter(args, {
    title: '您的来信改为单独办理',
    heading: '您的来信改为单独办理',
    text: '此前我们告知您，您的来信与其他群众反映的相同问题合并办理。经核实，您的来信将单独办理，并单独答复您。',
    status: args.statusLabel,
  })
}
