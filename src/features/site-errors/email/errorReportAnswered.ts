import { oneLine, renderEmail, truncate, type RenderedEmail } from '@/platform/email/email-layout'

export type ErrorReportAnsweredArgs = {
  siteName: string
  reference: string
  pageUrl: string
  outcomeLabel: string
  answer: string
  answeredDay: string
}

/**
 * To the person who reported an error and left an address: what we found and did. It does not
 * echo what they wrote (the address was never verified), only the page and our answer.
 */
export function errorReportAnswered(args: ErrorReportAnsweredArgs): RenderedEmail {
  const reference = oneLine(args.reference)
  return renderEmail({
    siteName: args.siteName,
    subject: `【${oneLine(args.siteName)}】网站找错答复（编号 ${reference}）`,
    heading: '您报告的网站问题已有答复',
    greeting: '您好！',
    blocks: [
      { type: 'paragraph', text: '感谢您帮助我们改进网站。您报告的问题我们已经核实处理，答复如下。' },
      {
        type: 'facts',
        rows: [
          { label: '编号', value: reference },
          { label: '页面', value: truncate(oneLine(args.pageUrl), 200) },
          { label: '核实结果', value: args.outcomeLabel },
          { label: '答复日期', value: args.answeredDay },
        ],
      },
      { type: 'paragraph', text: truncate(args.answer, 2000) },
      { type: 'note', text: '如果您没有在本网站报告过问题，请忽略本邮件。' },
    ],
  })
}
