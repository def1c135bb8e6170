import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { lookAlikeMessages } from '@/features/feedback/server/workbench/look-alikes'
import type { Department, Feedback, User } from '@/payload-types'
import { rest } from './helpers/api-client'
import { RESIDENT_COMPLAINT, submitResidentMessage } from './helpers/resident-message'
import { createStaff, loginToken } from './helpers/staff-accounts'

let payload: Payload
let handler: User
let token: string
let department: Department

const reload = (id: number | string) => payload.findByID({ collection: 'feedback', id, overrideAccess: true, depth: 0 }) as Promise<Feedback>
const act = (id: number | string, action: string, body: Record<string, unknown> = {}) => rest('POST', `/feedback/${id}/actions/${action}`, { token, body })

async function submit(fields: Record<string, unknown> = {}) {
  const { trackingCode } = await submitResidentMessage(payload, { ...RESIDENT_COMPLAINT, ...fields })
  return (await payload.find({ collection: 'feedback', where: { trackingCode: { equals: trackingCode } }, overrideAccess: true, depth: 0 })).docs[0] as Feedback
}

beforeAll(async () => {
  payload = await getPayload({ config })
  department = (await payload.create({ collection: 'departments', data: { name: '基层指导科' }, overrideAccess: true })) as Department
  handler = await createStaff(payload, 'handler@tpl.test', ['handler'], '张办理')
  token = await loginToken('handler@tpl.test')
})

describe('templates with placeholders', () => {
  it('fills a reply template when it is sent, with the name only if the resident gave one', async () => {
    await payload.create({
      collection: 'reply-templates',
      data: { title: '投诉答复', kind: 'complaint', action: 'reply', body: '尊敬的{称呼}：您好！您的留言（查询码 {查询码}）由{承办部门}办理。{办理结果}。' },
      overrideAccess: true,
    })
    const template = (await payload.find({ collection: 'reply-templates', overrideAccess: true, where: { title: { equals: '投诉答复' } } })).docs[0]
    for (const [name, greeting] of [['王小明', '尊敬的王小明'], ['', '尊敬的网友']] as const) {
      const doc = await submit({ name })
      await act(doc.id, 'accept')
      await act(doc.id, 'assign', { department: String(department.id), handler: String(handler.id) })
      const sent = await act(doc.id, 'reply', { text: template.body, result: '已在服务室门口公示开放时间' })
      expect(sent.json.status).toBe('replied')
      const stored = await reload(doc.id)
      expect(stored.reply).toBe(`${greeting}：您好！您的留言（查询码 ${doc.trackingCode}）由基层指导科办理。已在服务室门口公示开放时间。`)
    }
  })
})

describe('look-alike messages and merging', () => {
  it('shows look-alikes beside a new message, and one reply answers all, each resident keeping their code', async () => {
    const main = await submit({ subject: '社区服务室免费避孕药具缺货', message: '我们社区服务室的免费避孕药具已经缺货两周，希望尽快补货。' })
    const same = await submit({ subject: '免费避孕药具社区服务室缺货', message: '社区服务室免费避孕药具缺货很久了，请尽快补货。', email: 'second@example.test' })
    const other = await submit({ subject: '孕前检查预约', message: '请问免费孕前优生健康检查在哪里预约？需要带什么材料？' })
    const hints = await lookAlikeMessages(payload, handler, same)
    expect(hints.map((h) => h.id)).toContain(String(main.id))
    expect(hints.map((h) => h.id)).not.toContain(String(other.id))

    await act(main.id, 'accept')
    await act(main.id, 'assign', { department: String(department.id), handler: String(handler.id) })
    const merged = await rest('POST', `/feedback/${same.id}/merge`, { token, body: { into: String(main.id) } })
    expect(merged.status).toBe(200)
    expect((await rest('POST', `/feedback/${same.id}/merge`, { token, body: { into: String(main.id) } })).json.error).toBe('这条留言已并入其他留言')
    expect((await rest('POST', `/feedback/${other.id}/merge`, { token, body: { into: String(same.id) } })).json.error).toBe('所选留言本身已并入其他留言，请并入那一条')
    const waiting = await reload(same.id)
    expect([waiting.status, waiting.trackingCode, Boolean(waiting.mergedAt)]).toEqual(['accepted', same.trackingCode, true])
    // The second resident is told, by e-mail through the outbox.
    const jobs = await payload.find({ collection: 'payload-jobs', overrideAccess: true, limit: 100, where: { taskSlug: { equals: 'sendEmail' } } })
    expect(JSON.stringify(jobs.docs)).toContain('合并办理')

    await act(main.id, 'reply', { text: '您好，已为各社区服务室补足免费避孕药具。' })
    const answered = await reload(same.id)
    expect([answered.status, answered.reply, answered.trackingCode]).toEqual(['replied', '您好，已为各社区服务室补足免费避孕药具。', same.trackingCode])
    expect(answered.timeline?.map((s) => s.status)).toEqual(['received', 'accepted', 'assigned', 'replied'])
    await act(main.id, 'close')
    expect((await reload(same.id)).status).toBe('closed')
  })
})
