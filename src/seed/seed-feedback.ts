import type { Payload } from 'payload'
import { submitFeedback } from '@/features/feedback/server/submit-feedback'
import { DEMO_DEPARTMENTS, DEMO_REPLY_TEMPLATES, handleDemoMessage, type DemoHandling } from './seed-feedback-handling'

/** Demo messages, sent through the same path as the public form; fixed tokens keep reruns idempotent. */
const DEMO_MESSAGES = [
  {
    token: '6f1c0a52-3b7e-4c1d-9a2e-0d5b8c7e1a01',
    fields: { kind: 'consultation', subject: '外地户籍怎样办理生育登记', message: '我和爱人户籍都在外省，在成都工作三年了。请问在居住地可以办理生育登记吗？需要带哪些材料？', replyBy: 'none', publishConsent: 'yes' },
    handling: {
      department: '流动人口服务管理科',
      reply: '您好！按照规定，流动人口可以在现居住地办理生育登记，与户籍人口享受同等服务。请夫妻双方携带身份证、结婚证，到现居住地街道（乡镇）计生服务站或通过“天府通办”办理，当场即可登记。',
      publish: true,
    },
  },
  {
    token: '6f1c0a52-3b7e-4c1d-9a2e-0d5b8c7e1a02',
    fields: { kind: 'complaint', subject: '社区服务室周六不开门', message: '上周六上午到社区计生服务室领取避孕药具，门口没有贴开放时间，电话也无人接听，希望改进。', name: '张女士', phone: '13800001234', email: 'resident@example.com', replyBy: 'email', publishConsent: 'no' },
    handling: { department: '基层指导科' },
  },
  {
    token: '6f1c0a52-3b7e-4c1d-9a2e-0d5b8c7e1a03',
    fields: { kind: 'praise', subject: '表扬自愿咨询检测点的医生', message: '检测点的医生耐心解答了我的疑问，全程保护隐私，让人很安心，特此表扬。', replyBy: 'none', publishConsent: 'yes' },
    handling: { department: '宣传教育科', reply: '感谢您的肯定！我们已将您的表扬转达给检测点，也会继续做好隐私保护。', publish: true },
  },
  {
    token: '6f1c0a52-3b7e-4c1d-9a2e-0d5b8c7e1a04',
    fields: {
      kind: 'suggestion',
      subject: '希望增加晚间免费孕前检查',
      message: '我叫刘建国，电话 13912340000。我们夫妻都上班，工作日白天请假不方便，建议服务站每周安排一两个晚上做免费孕前优生健康检查。',
      name: '刘建国',
      phone: '13912340000',
      replyBy: 'phone',
      publishConsent: 'yes',
    },
    handling: {
      department: '妇幼健康服务科',
      reply: '您好，您的建议很好。自下月起，市妇幼保健院和各区（市）县服务站每周四晚 18:00—20:30 增设免费孕前优生健康检查，请提前一天预约。',
      publish: true,
    },
  },
  {
    // The suggested redaction is not enough here: the handler rewrites the question so that
    // nothing points at the couple, and puts back the centre's public number, which the
    // suggestion had masked and the reviewer confirms as not personal.
    token: '6f1c0a52-3b7e-4c1d-9a2e-0d5b8c7e1a05',
    fields: {
      kind: 'consultation',
      subject: '流动人口孕妇能否免费产检',
      message: '我爱人李娜怀孕五个月了，我们住在武侯区玉林北路12号2栋，户籍在外省。请问她在成都能免费做产前检查吗？',
      replyBy: 'none',
      publishConsent: 'yes',
    },
    handling: {
      department: '流动人口服务管理科',
      reply: '您好！在成都居住的流动人口孕产妇与户籍人口同等享受免费孕产期保健服务。请携带身份证到居住地社区卫生服务中心建档，咨询电话 028-86123456。',
      publish: true,
      publicCopy: {
        question: '外省户籍的孕妇在成都居住，能否在成都免费做产前检查？',
        // The suggestion masked the centre's number along with the residents' details; it is public.
        answer: '您好！在成都居住的流动人口孕产妇与户籍人口同等享受免费孕产期保健服务。请携带身份证到居住地社区卫生服务中心建档，咨询电话 028-86123456。',
        confirmations: [{ field: 'answer', text: '028-86123456', reason: '服务中心对外公布的咨询电话' }],
      },
    },
  },
] satisfies { token: string; fields: Record<string, string>; handling?: DemoHandling }[]

export async function seedFeedback(payload: Payload, report: { created: string[]; kept: string[] }) {
  for (const department of DEMO_DEPARTMENTS) {
    const found = await payload.find({ collection: 'departments', where: { name: { equals: department.name } }, limit: 1, depth: 0 })
    if (found.totalDocs === 0) await payload.create({ collection: 'departments', data: department })
  }
  for (const template of DEMO_REPLY_TEMPLATES) {
    const found = await payload.find({ collection: 'reply-templates', where: { title: { equals: template.title } }, limit: 1, depth: 0 })
    if (found.totalDocs === 0) await payload.create({ collection: 'reply-templates', data: template })
  }
  for (const demo of DEMO_MESSAGES) {
    const result = await submitFeedback(payload, { fields: demo.fields, files: [], idempotencyToken: demo.token, proofOfWork: undefined, honeypot: '' })
    if (!result.ok) throw new Error(`demo message: ${JSON.stringify(result.errors)}`)
    ;(result.repeated ? report.kept : report.created).push(`feedback:${result.trackingCode}`)
    if (!result.repeated && demo.handling) await handleDemoMessage(payload, result.trackingCode, demo.handling)
  }
}
