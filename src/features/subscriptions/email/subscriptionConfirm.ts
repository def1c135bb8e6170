import { oneLine, renderEmail, type RenderedEmail } from '@/platform/email/email-layout'

export type SubscriptionConfirmArgs = {
  siteName: string
  /** What was asked for, in words: "政策文件、活动；每周汇总一次". */
  choice: string
  /** The manage page: confirms a pending request, changes or ends a confirmed one. */
  manageUrl: string
  /** Already confirmed: the address asked again, so only the manage link is sent. */
  alreadyConfirmed: boolean
}

/** Double opt-in: nothing else is sent before the resident opens this link and confirms. */
export function subscriptionConfirm(args: SubscriptionConfirmArgs): RenderedEmail {
  const site = oneLine(args.siteName)
  return args.alreadyConfirmed
    ? renderEmail({
        siteName: site,
        subject: `【${site}】您已订阅本站更新`,
        heading: '您已订阅本站的更新提醒',
        greeting: '您好：',
        blocks: [
          { type: 'paragraph', text: '有人（可能是您本人）在本站再次填写了这个电子邮箱订阅更新。您的订阅保持不变；如需修改订阅内容或退订，请打开下面的链接。' },
          { type: 'link', label: '管理我的订阅：', href: args.manageUrl },
          { type: 'note', text: '如果这不是您本人的操作，请忽略本邮件。' },
        ],
      })
    : renderEmail({
        siteName: site,
        subject: `【${site}】请确认订阅更新提醒`,
        heading: '请确认您的订阅',
        greeting: '您好：',
        blocks: [
          { type: 'paragraph', text: '有人（可能是您本人）在本站用这个电子邮箱订阅了更新提醒。确认之前，我们不会再给您发送任何邮件。' },
          { type: 'facts', rows: [{ label: '订阅内容', value: args.choice }] },
          { type: 'link', label: '请打开下面的链接，点击“确认订阅”：', href: args.manageUrl },
          { type: 'note', text: '如果这不是您本人的操作，请忽略本邮件；未确认的订阅请求 7 天后自动删除。' },
        ],
      })
}
