import { oneLine, renderEmail, type RenderedEmail } from '@/platform/email/email-layout'

type Common = { siteName: string; trackingCode: string; trackUrl: string }

const ignore = { type: 'paragraph' as const, text: '如果您没有提交过政府信息公开申请，请忽略本邮件。' }

/** To the applicant on receipt: the code (never the key) and the day the answer is due. */
export function applicationReceived(args: Common & { receivedDay: string; answerDueDay: string }): RenderedEmail {
  const code = oneLine(args.trackingCode)
  return renderEmail({
    siteName: args.siteName,
    subject: `【${oneLine(args.siteName)}】已收到您的政府信息公开申请（查询码 ${code}）`,
    heading: '已收到您的政府信息公开申请',
    greeting: '您好！',
    blocks: [
      { type: 'facts', rows: [{ label: '查询码', value: code }, { label: '收到日期', value: args.receivedDay }, { label: '答复期限', value: `${args.answerDueDay}（20 个工作日）` }] },
      { type: 'paragraph', text: '我们将在收到申请之日起 20 个工作日内答复；需要延长的，会另行告知，延长不超过 20 个工作日。' },
      { type: 'link', label: '查询办理进度：', href: args.trackUrl },
      { type: 'note', text: '查询时需要输入查询码和提交时页面上显示的查询密码；查询密码不在邮件中发送。' },
      ignore,
    ],
  })
}

/** To the applicant: what to correct and by when; the clock stops meanwhile. */
export function applicationCorrectionRequested(args: Common & { what: string; dueDay: string }): RenderedEmail {
  const code = oneLine(args.trackingCode)
  return renderEmail({
    siteName: args.siteName,
    subject: `【${oneLine(args.siteName)}】请补正您的政府信息公开申请（查询码 ${code}）`,
    heading: '请补正您的政府信息公开申请',
    greeting: '您好！',
    blocks: [
      { type: 'paragraph', text: `您的申请内容不够明确，请在 ${args.dueDay} 前补正以下事项：` },
      { type: 'paragraph', text: args.what },
      { type: 'paragraph', text: '补正期间答复期限中止，收到补正后继续计算。逾期未补正的，视为放弃申请。' },
      { type: 'link', label: '请在查询页面提交补正：', href: args.trackUrl },
      ignore,
    ],
  })
}

/** To the applicant: the reply letter itself, as the applicant chose delivery by e-mail or gave an address. */
export function applicationAnswered(args: Common & { letter: string }): RenderedEmail {
  const code = oneLine(args.trackingCode)
  return renderEmail({
    siteName: args.siteName,
    subject: `【${oneLine(args.siteName)}】政府信息公开申请答复书（查询码 ${code}）`,
    heading: '政府信息公开申请答复书',
    blocks: [
      ...args.letter.split('\n').filter((line) => line.trim()).map((line) => ({ type: 'paragraph' as const, text: line.trim() })),
      { type: 'link', label: '答复书也可在查询页面查看和打印：', href: args.trackUrl },
    ],
  })
}
