import { formatDay } from '@/platform/site-shell/format-date'
import { oneLine, renderEmail, type RenderedEmail } from '@/platform/email/email-layout'

export type HealthReviewDueArgs = {
  siteName: string
  topicTitle: string
  reviewerName?: string | null
  nextReviewDueAt: Date | string
  pageUrl: string
  adminUrl: string
}

/** To the medical reviewer (or staff): a health page has passed its review date. Sent once per date. */
export function healthReviewDue(args: HealthReviewDueArgs): RenderedEmail {
  const title = oneLine(args.topicTitle)
  return renderEmail({
    siteName: args.siteName,
    subject: `【${oneLine(args.siteName)}】健康知识页面需要复核：${title}`,
    heading: '健康知识页面已到复核日期',
    greeting: args.reviewerName ? `${oneLine(args.reviewerName)}您好：` : '您好：',
    blocks: [
      {
        type: 'paragraph',
        text: '下面这个页面已超过计划的复核日期。网站上已向读者提示“本页内容正在复核”。请核对内容是否仍然准确，修改后更新“最近审核日期”和“下次审核日期”并重新发布。',
      },
      {
        type: 'facts',
        rows: [
          { label: '页面', value: title },
          { label: '计划复核日期', value: formatDay(args.nextReviewDueAt) },
        ],
      },
      { type: 'link', label: '公开页面：', href: args.pageUrl },
      { type: 'link', label: '在管理后台修改：', href: args.adminUrl },
      { type: 'note', text: '同一复核日期只提醒这一次。' },
    ],
  })
}
