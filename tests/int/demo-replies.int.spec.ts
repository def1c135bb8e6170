import config from '@payload-config'
import { createLocalReq, getPayload, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { copyFlags, unresolvedFlags } from '@/features/moderation/rules'
import { flagOptionsFor } from '@/features/moderation/server/flag-options'
import { getConsultationBySlug, publishedCommentsOf } from '@/features/consultations/server/consultation-queries'
import { seedDemo } from '@/seed'

// The demo's 留言选登 and its public consultation comment went through the same desk as real
// ones: nothing the detector flags is on the board unless the approver explained it, one copy
// shows the manual work, and the approver is never the writer.
let payload: Payload

beforeAll(async () => {
  payload = await getPayload({ config })
  await seedDemo(payload)
}, 120_000)

describe('the demo public copies', () => {
  it('publish nothing flagged that the approver did not explain, and none of the residents’ details', async () => {
    const copies = await payload.find({ collection: 'moderated-copies', where: { status: { equals: 'published' } }, overrideAccess: true, depth: 0, limit: 50 })
    expect(copies.totalDocs).toBe(5)
    const req = await createLocalReq({}, payload)
    for (const copy of copies.docs) {
      const texts = { subject: copy.subject, question: copy.question, answer: copy.answer }
      const flags = copyFlags(texts, await flagOptionsFor(req, copy as never))
      const confirmations = (copy.confirmations ?? []).map(({ field, text, reason }) => ({ field, text, reason }))
      expect(unresolvedFlags(flags, confirmations), copy.subject ?? '').toEqual([])
      expect(copy.approverName).toBe('张审核')
    }
    const board = JSON.stringify((await payload.find({ collection: 'published-replies', overrideAccess: false, user: null, limit: 50 })).docs)
    for (const secret of ['刘建国', '13912340000', '李娜', '玉林北路12号', '怀孕五个月']) expect(board).not.toContain(secret)
  })

  it('include one whose question the handler rewrote and whose kept number the reviewer explained', async () => {
    const found = await payload.find({ collection: 'moderated-copies', where: { subject: { equals: '流动人口孕妇能否免费产检' } }, overrideAccess: true, depth: 0 })
    const copy = found.docs[0]
    expect(copy?.status).toBe('published')
    expect(copy?.question).toBe('外省户籍的孕妇在成都居住，能否在成都免费做产前检查？')
    expect(copy?.writerNames).toBe('刘办理')
    expect(copy?.confirmations?.map((c) => [c.text, c.reason])).toEqual([['028-86123456', '服务中心对外公布的咨询电话']])
  })

  it('include one comment on the open consultation, written by the handler and approved by the reviewer, shown on its page', async () => {
    const consultation = await getConsultationBySlug('shili-yuer-butie-banfa-zhengqiu-yijian')
    expect(consultation).toBeTruthy()
    const shown = await publishedCommentsOf(consultation!.id)
    expect(shown.map((c) => c.comment)).toEqual(['建议把在成都居住满一年的流动人口家庭也纳入申领范围。'])
    const copy = (await payload.find({ collection: 'moderated-copies', where: { consultation: { equals: consultation!.id }, status: { equals: 'published' } }, overrideAccess: true, depth: 0 })).docs
    expect(copy.map((c) => [c.writerNames, c.approverName])).toEqual([['刘办理', '张审核']])
  })

  it('are not created twice when the demo is seeded again', async () => {
    const before = await payload.count({ collection: 'moderated-copies', overrideAccess: true })
    const published = await payload.count({ collection: 'published-comments', overrideAccess: true })
    await seedDemo(payload)
    expect((await payload.count({ collection: 'moderated-copies', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
    expect((await payload.count({ collection: 'published-comments', overrideAccess: true })).totalDocs).toBe(published.totalDocs)
  })
})
