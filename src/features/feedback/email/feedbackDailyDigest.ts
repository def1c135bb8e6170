import { oneLine, renderEmail, type EmailBlock, type RenderedEmail } from '@/platform/email/email-layout'
import { FEEDBACK_KINDS } from '@/features/feedback/rules/intake'
import { timeLeftText, type Digest } from '@/features/feedback/rules/workbench'

export type FeedbackDailyDigestArgs = {
  siteName: string
  digest: Digest
  /** 'handler': messages assigned to the reader; 'department': to their department (named). */
  scope: { kind: 'handler' } | { kind: 'department'; departmentName: string }
  workbenchUrl: string
  /** The desk of one message, by id. */
  deskUrl: (id: string) => string
}

const kindLabel = (kind: string) => FEEDBACK_KINDS.find((k) => k.value === kind)?.label ?? '留言'

/**
 * The daily digest (每日留言待办汇总) to a handler or a department address: per section the
 * tracking code, kind, received day, deadline and working days left, each with its desk link.
 * No resident's words, name or contact: a digest may sit in a shared mailbox.
 */
export function feedbackDailyDigest(args: FeedbackDailyDigestArgs): RenderedEmail {
  const { digest } = args
  const whose = args.scope.kind === 'handler' ? '交办给您' : `交办给${oneLine(args.scope.departmentName)}`
  const count = (key: string) => digest.sections.find((s) => s.key === key)?.total ?? 0
  const blocks: EmailBlock[] = [
    {
      type: 'paragraph',
      text: `截至 ${digest.day}，${whose}的留言中：已超期 ${count('overdue')} 条，即将超期 ${count('due-soon')} 条，新收到 ${count('new')} 条。`,
    },
  ]
  for (const section of digest.sections) {
    if (section.total === 0) continue
    blocks.push({ type: 'paragraph', text: `${section.label}（${section.total} 条）` })
    blocks.push({
      type: 'facts',
      rows: section.items.map((item) => ({
        label: oneLine(item.trackingCode),
        value: `${kindLabel(item.kind)}；${item.receivedDay} 收到；${item.dueDay ? `时限 ${item.dueDay}，${timeLeftText(item.daysLeft ?? 0)}` : '未计时'}`,
      })),
    })
    for (const item of section.items) blocks.push({ type: 'link', label: `办理 ${oneLine(item.trackingCode)}：`, href: args.deskUrl(item.id) })
    if (section.total > section.items.length) blocks.push({ type: 'note', text: `另有 ${section.total - section.items.length} 条未列出，请在留言工作台查看。` })
  }
  blocks.push({ type: 'link', label: '打开留言工作台：', href: args.workbenchUrl })
  blocks.push({ type: 'note', text: '本邮件不包含来信人的任何信息。不想再收到，可在后台“我的账户”（部门邮箱由管理员在“承办部门”）取消勾选“每日留言待办汇总”。' })
  return renderEmail({
    siteName: args.siteName,
    subject: `【${oneLine(args.siteName)}】每日留言待办汇总 ${digest.day}：已超期 ${count('overdue')}，即将超期 ${count('due-soon')}，新收到 ${count('new')}`,
    heading: '每日留言待办汇总',
    greeting: '您好：',
    blocks,
  })
}
