import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { RESIDENT_COMMENT } from '@/features/consultations/access/residentComment'
import { lexicalParagraphs } from '@/seed/lexical-paragraphs'
import { publishDemoCopy } from '@/seed/seed-feedback-handling'
import type { User } from '@/payload-types'

type Report = { created: string[]; kept: string[] }
const context = { disableRevalidate: true }
const DAY_MS = 86_400_000
const day = (now: Date, offset: number) => new Date(now.getTime() + offset * DAY_MS).toISOString()

/** Invented for the demo (示例): one consultation open now, one closed with its 意见采纳情况. */
const OPEN = {
  slug: 'shili-yuer-butie-banfa-zhengqiu-yijian',
  title: '成都市育儿补贴发放办法（征求意见稿）（示例）',
  summary: '示例：育儿补贴的申领条件、标准和发放方式，欢迎市民提出意见。',
  department: '人口家庭处（示例）',
  body: [
    '第一条 为减轻家庭生育养育负担，根据有关规定，结合本市实际，制定本办法。（示例文本）',
    '第二条 在本市办理生育登记、孩子未满三周岁的家庭，可以按本办法申领育儿补贴。',
    '第三条 育儿补贴按年发放，可以在线申请，也可以到户籍地或居住地街道（乡镇）便民服务中心申请。',
  ],
  questions: ['申领条件中是否应包括居住满一定年限的流动人口家庭？', '按年发放是否方便？您更希望按季度还是按年发放？'],
  comments: [
    { comment: '建议把在成都居住满一年的流动人口家庭也纳入申领范围。', publishConsent: true },
    { comment: '希望可以按季度发放，缓解家庭的日常开支压力。', publishConsent: true },
    { comment: '申请材料能否尽量通过部门间共享获取，不要让群众重复提交？', publishConsent: false },
  ],
}

const CLOSED = {
  slug: 'shili-jihua-shengyu-tebie-fuzhu-zhengqiu-yijian',
  title: '计划生育特别扶助对象帮扶办法（征求意见稿）（示例）',
  summary: '示例：计划生育特殊家庭的帮扶内容和联系人制度。征求意见已结束，意见采纳情况已公布。',
  department: '政策法规处（示例）',
  body: ['第一条 为做好计划生育特殊家庭扶助关怀工作，制定本办法。（示例文本）', '第二条 各区（市）县为每户特殊家庭确定联系人，定期走访。'],
  questions: ['走访频次是否合适？'],
  comments: [
    { comment: '建议联系人每月至少电话联系一次，每季度上门走访一次。', publishConsent: true },
    { comment: '希望为特殊家庭提供就医绿色通道。', publishConsent: true },
    { comment: '建议提高扶助金标准。', publishConsent: false },
  ],
}

async function addComments(payload: Payload, consultation: number | string, comments: { comment: string; publishConsent: boolean }[]) {
  for (const item of comments) {
    // As the form saves them: a visitor's comment, marked by the form's context.
    const req = await createLocalReq({ context: { [RESIDENT_COMMENT]: true, ...context } }, payload)
    await initTransaction(req)
    try {
      await payload.create({ collection: 'consultation-comments', data: { consultation, ...item } as never, req, overrideAccess: false, user: null })
      await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      throw error
    }
  }
}

async function createOpen(payload: Payload, demo: typeof OPEN, now: Date, opensIn: number, closesIn: number) {
  const created = await payload.create({
    collection: 'consultations',
    data: {
      slug: demo.slug,
      title: demo.title,
      summary: demo.summary,
      department: demo.department,
      opensOn: day(now, opensIn),
      closesOn: day(now, closesIn),
      draftText: lexicalParagraphs(demo.body),
      questions: demo.questions.map((question) => ({ question })),
      _status: 'published',
    } as never,
    context,
  })
  await addComments(payload, created.id, demo.comments)
  return created
}

/**
 * One comment of the open consultation made public the way the moderation desk does it: its
 * redacted copy (drafted when the comment was saved) submitted by the demo handler and approved
 * by the demo reviewer, a different person. Once per consultation, also on an older demo database.
 */
async function publishDemoComment(payload: Payload, report: Report, slug: string) {
  const consultation = (await payload.find({ collection: 'consultations', where: { slug: { equals: slug } }, limit: 1, depth: 0 })).docs[0]
  if (!consultation) return
  if ((await payload.count({ collection: 'published-comments', where: { consultation: { equals: consultation.id } } })).totalDocs > 0) {
    report.kept.push(`published-comments:${slug}`)
    return
  }
  const [comment, handler] = await Promise.all([
    payload.find({ collection: 'consultation-comments', where: { consultation: { equals: consultation.id }, publishConsent: { equals: true } }, sort: 'createdAt', limit: 1, depth: 0 }),
    payload.find({ collection: 'users', where: { email: { equals: 'handler@demo.cdjsw.local' } }, limit: 1, depth: 0 }),
  ])
  if (!comment.docs[0] || !handler.docs[0]) return
  await publishDemoCopy(payload, { comment: { equals: comment.docs[0].id } }, handler.docs[0] as User)
  report.created.push(`published-comments:${slug}`)
}

/** Idempotent by slug. The closed one takes its comments while open, then its period is moved into the past. */
export async function seedConsultations(payload: Payload, report: Report) {
  const now = new Date()
  const exists = async (slug: string) => (await payload.count({ collection: 'consultations', where: { slug: { equals: slug } } })).totalDocs > 0
  if (await exists(OPEN.slug)) report.kept.push(`consultations:${OPEN.slug}`)
  else {
    await createOpen(payload, OPEN, now, -10, 20)
    report.created.push(`consultations:${OPEN.slug}`)
  }
  await publishDemoComment(payload, report, OPEN.slug)
  if (await exists(CLOSED.slug)) {
    report.kept.push(`consultations:${CLOSED.slug}`)
    return
  }
  const closed = await createOpen(payload, CLOSED, now, -1, 29)
  const issued = await payload.find({ collection: 'policy-notices', where: { _status: { equals: 'published' } }, sort: '-datePublished', limit: 1, depth: 0 })
  await payload.update({
    collection: 'consultations',
    id: closed.id,
    data: {
      opensOn: day(now, -75),
      closesOn: day(now, -45),
      outcome: {
        summary: '示例：征求意见期间，市民通过网站提出意见，我们逐条研究，归纳为以下三个方面。',
        points: [
          { point: '联系人定期电话联系和上门走访', decision: 'adopted', reason: '已写入第二条：每月电话联系一次，每季度上门走访一次。' },
          { point: '为特殊家庭提供就医绿色通道', decision: 'partly', reason: '在市级医院先行试点，条件成熟后推广。' },
          { point: '提高扶助金标准', decision: 'not-adopted', reason: '扶助金标准由国家和省统一规定，本办法不作调整。' },
        ],
        finalNotice: issued.docs[0]?.id ?? null,
      },
      _status: 'published',
    } as never,
    context,
  })
  report.created.push(`consultations:${CLOSED.slug}`)
}
