import { formatDay } from '@/platform/site-shell/format-date'
import { oneLine, renderEmail, truncate, type EmailBlock, type RenderedEmail } from '@/platform/email/email-layout'
import type { PublishedItem } from '@/features/subscriptions/rules/matching'
import { sectionLabel } from '@/features/subscriptions/rules/sections'

export type SubscriptionUpdateArgs = {
  siteName: string
  siteUrl: string
  manageUrl: string
  items: readonly PublishedItem[]
  /** A weekly digest, or one item sent as soon as it was published. */
  digest: boolean
}

function itemBlocks(item: PublishedItem, siteUrl: string): EmailBlock[] {
  return [
    { type: 'link', label: `【${sectionLabel(item.section)}】${oneLine(item.title)}（${formatDay(item.publishedAt)}）`, href: `${siteUrl}${item.path}` },
    ...(item.summary ? [{ type: 'paragraph' as const, text: truncate(oneLine(item.summary), 140) }] : []),
  ]
}

/**
 * New pages of the sections a resident follows. Plain links to the pages themselves (no tracking
 * pixel, no redirecting link), and the way out in the body as well as in the List-Unsubscribe header.
 */
export function subscriptionUpdate(args: SubscriptionUpdateArgs): RenderedEmail {
  const site = oneLine(args.siteName)
  const [first] = args.items
  const subject = args.digest
    ? `【${site}】本周更新（${args.items.length} 条）`
    : `【${site}】${sectionLabel(first.section)}：${truncate(oneLine(first.title), 60)}`
  return renderEmail({
    siteName: site,
    subject,
    heading: args.digest ? '您订阅的栏目本周有这些更新' : '您订阅的栏目有新的内容',
    greeting: '您好：',
    blocks: [
      ...args.items.flatMap((item) => itemBlocks(item, args.siteUrl)),
      { type: 'link', label: '修改订阅内容或退订：', href: args.manageUrl },
      { type: 'note', text: '您收到本邮件是因为您在本站订阅了更新提醒。本邮件不含任何跟踪图片或跳转链接。' },
    ],
  })
}
