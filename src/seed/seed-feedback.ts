import type { Payload } from 'payload'
import { submitFeedback } from '../lib/submit-feedback'

/** Demo messages, sent through the same path as the public form; fixed tokens keep reruns idempotent. */
const DEMO_MESSAGES = [
  {
    token: '6f1c0a52-3b7e-4c1d-9a2e-0d5b8c7e1a01',
    fields: { kind: 'consultation', subject: '外地户籍怎样办理生育登记', message: '我和爱人户籍都在外省，在成都工作三年了。请问在居住地可以办理生育登记吗？需要带哪些材料？', replyBy: 'none', publishConsent: 'yes' },
  },
  {
    token: '6f1c0a52-3b7e-4c1d-9a2e-0d5b8c7e1a02',
    fields: { kind: 'complaint', subject: '社区服务室周六不开门', message: '上周六上午到社区计生服务室领取避孕药具，门口没有贴开放时间，电话也无人接听，希望改进。', name: '张女士', phone: '13800001234', email: 'resident@example.com', replyBy: 'email', publishConsent: 'no' },
  },
  {
    token: '6f1c0a52-3b7e-4c1d-9a2e-0d5b8c7e1a03',
    fields: { kind: 'praise', subject: '表扬自愿咨询检测点的医生', message: '检测点的医生耐心解答了我的疑问，全程保护隐私，让人很安心，特此表扬。', replyBy: 'none', publishConsent: 'yes' },
  },
]

export async function seedFeedback(payload: Payload, report: { created: string[]; kept: string[] }) {
  for (const demo of DEMO_MESSAGES) {
    const result = await submitFeedback(payload, { fields: demo.fields, files: [], idempotencyToken: demo.token, proofOfWork: undefined, honeypot: '' })
    if (!result.ok) throw new Error(`demo message: ${JSON.stringify(result.errors)}`)
    ;(result.repeated ? report.kept : report.created).push(`feedback:${result.trackingCode}`)
  }
}
