import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { Consultation, Department, Feedback, ModeratedCopy, PolicyNotice, User } from '@/payload-types'
import { submitComment } from '@/features/consultations/server/submit-comment'
import { commentsReceived, getConsultationBySlug, listConsultations, publishedCommentsOf } from '@/features/consultations/server/consultation-queries'
import { findNoticeQuestions } from '@/features/replies/server/published-replies'
import { noticeQuestionSubject } from '@/features/feedback/rules/intake'
import { rest } from './helpers/api-client'
import { publishThroughDesk } from './helpers/desk'
import { policyNotice, richText } from './helpers/policy-notice'
import { submitResidentMessage } from './helpers/resident-message'
import { as, staffPerRole } from './helpers/staff-accounts'

// Each test walks a whole life (desk, comments, moderation) through many saves.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 })

const DAY = 86_400_000
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString()

let payload: Payload
let users: Record<'admin' | 'handler' | 'reviewer' | 'editor', User>
let tokens: Record<'admin' | 'handler' | 'reviewer' | 'editor', string>
let department: Department

const act = (id: number | string, action: string, token: string, body: Record<string, unknown> = {}) =>
  rest('POST', `/moderated-copies/${id}/actions/${action}`, { token, body })

/** Handler writes the copy, the reviewer (another person) approves it: the moderation desk's two steps. */
async function approve(copy: ModeratedCopy) {
  expect((await act(copy.id, 'submit', tokens.handler)).status).toBe(200)
  const approved = await act(copy.id, 'approve', tokens.reviewer)
  expect(approved.status, JSON.stringify(approved.json)).toBe(200)
}

async function copyWhere(where: Record<string, unknown>) {
  const found = await payload.find({ collection: 'moderated-copies', where: where as never, overrideAccess: true, depth: 0 })
  return found.docs[0]
}

const comment = (slug: string, fields: Record<string, unknown>) => submitComment(payload, { slug, fields })

async function openConsultation(title: string): Promise<Consultation> {
  const draft = await payload.create({
    collection: 'consultations',
    data: {
      title,
      summary: '征求对草案的意见。',
      department: '政策法规处',
      opensOn: day(-3),
      closesOn: day(27),
      draftText: richText('第一条 为做好计划生育特别扶助工作，制定本办法。'),
      questions: [{ question: '扶助标准是否合适？' }],
    },
    draft: true,
    ...as(users.editor),
  })
  await publishThroughDesk(payload, 'consultations', draft.id, users.editor, users.reviewer)
  return (await payload.findByID({ collection: 'consultations', id: draft.id, overrideAccess: true, depth: 0 })) as Consultation
}

beforeAll(async () => {
  payload = await getPayload({ config })
  const staff = await staffPerRole(payload, ['admin', 'editor', 'reviewer', 'handler'], 'consult.example.test')
  users = staff.users
  tokens = staff.tokens
  department = (await payload.create({ collection: 'departments', data: { name: '政策法规处', email: 'fagui@consult.example.test' }, overrideAccess: true })) as Department
})

describe('a consultation from draft to published outcome', () => {
  it('is invisible while a draft, takes comments while open, and publishes its outcome only after closing', async () => {
    const draft = await payload.create({
      collection: 'consultations',
      data: { title: '特别扶助办法（征求意见稿）', summary: '征求意见。', department: '政策法规处', opensOn: day(-1), closesOn: day(29), draftText: richText('草案正文。') },
      draft: true,
      ...as(users.editor),
    })
    expect(await getConsultationBySlug(draft.slug!)).toBeNull()
    expect((await comment(draft.slug!, { comment: '建议提高扶助标准。' })).ok).toBe(false)

    const consultation = await openConsultation('计划生育特别扶助办法（征求意见稿）')
    expect((await getConsultationBySlug(consultation.slug!))?.title).toBe('计划生育特别扶助办法（征求意见稿）')
    expect((await listConsultations('open', 1)).docs.map((d) => d.id)).toContain(consultation.id)
    expect((await listConsultations('closed', 1)).docs.map((d) => d.id)).not.toContain(consultation.id)

    const bad = await comment(consultation.slug!, { comment: '好' })
    expect(bad).toMatchObject({ ok: false, errors: { comment: expect.stringContaining('至少') } })
    expect(await comment(consultation.slug!, { comment: '我叫张桂兰，电话 13812345678。建议把扶助标准提高到每月 800 元。', name: '张桂兰', publishConsent: 'yes' })).toEqual({ ok: true, publishConsent: true })
    expect(await comment(consultation.slug!, { comment: '建议简化申请材料。' })).toEqual({ ok: true, publishConsent: false })

    // The outcome waits for the end of the period: refused before anything is saved.
    await expect(
      payload.update({ collection: 'consultations', id: consultation.id, data: { outcome: { summary: '采纳了部分意见。' } }, draft: true, ...as(users.editor) }),
    ).rejects.toThrow('截止日期过后才能发布意见采纳情况')

    // The period ends (moved into the past for the test) …
    await payload.update({ collection: 'consultations', id: consultation.id, data: { opensOn: day(-40), closesOn: day(-2) }, draft: true, ...as(users.editor) })
    await publishThroughDesk(payload, 'consultations', consultation.id, users.editor, users.reviewer)
    expect((await listConsultations('closed', 1)).docs.map((d) => d.id)).toContain(consultation.id)
    expect(await comment(consultation.slug!, { comment: '截止后才提的意见。' })).toMatchObject({ ok: false, formError: expect.stringContaining('已经截止') })

    // … and the account is written: a point not adopted needs its reason.
    await expect(
      payload.update({
        collection: 'consultations',
        id: consultation.id,
        data: { outcome: { summary: '共归纳两方面意见。', points: [{ point: '提高扶助标准', decision: 'not-adopted', reason: '' }] } },
        draft: true,
        ...as(users.editor),
      }),
    ).rejects.toThrow('请写明理由')
    const issued = await payload.create({ collection: 'policy-notices', data: { ...policyNotice({ title: '计划生育特别扶助办法' }), _status: 'published' } as never, overrideAccess: true })
    await payload.update({
      collection: 'consultations',
      id: consultation.id,
      data: {
        outcome: {
          summary: '共归纳两方面意见。',
          points: [
            { point: '简化申请材料', decision: 'adopted' },
            { point: '提高扶助标准', decision: 'not-adopted', reason: '扶助标准由省级统一规定。' },
          ],
          finalNotice: issued.id,
        },
      },
      draft: true,
      ...as(users.editor),
    })
    // Not public until a second person publishes the change.
    expect((await getConsultationBySlug(consultation.slug!))?.outcome?.summary ?? null).toBeNull()
    await publishThroughDesk(payload, 'consultations', consultation.id, users.editor, users.reviewer)
    const shown = await getConsultationBySlug(consultation.slug!)
    expect(shown?.outcome?.points?.map((p) => p.decision)).toEqual(['adopted', 'not-adopted'])
    expect(shown?.outcome?.publishedAt).toBeTruthy()
    expect((shown?.outcome?.finalNotice as PolicyNotice).slug).toBe(issued.slug)
    expect(await commentsReceived(consultation.id)).toBe(2)
  })

  it('refuses comments made around the form, before the period opens, and to unknown consultations', async () => {
    const consultation = await openConsultation('育儿补贴发放办法（征求意见稿）')
    expect((await rest('POST', '/consultation-comments', { body: { consultation: consultation.id, comment: '绕过表单的意见。' } })).status).toBe(403)
    expect(await comment('no-such-consultation', { comment: '建议简化申请材料。' })).toMatchObject({ ok: false, formError: expect.any(String) })
    await payload.update({ collection: 'consultations', id: consultation.id, data: { opensOn: day(5), closesOn: day(40) }, draft: true, ...as(users.editor) })
    await publishThroughDesk(payload, 'consultations', consultation.id, users.editor, users.reviewer)
    expect(await comment(consultation.slug!, { comment: '开始前提的意见。' })).toMatchObject({ ok: false, formError: expect.stringContaining('尚未开始') })
  })
})

describe('comments are never public before a second person approves their copy', () => {
  it('keeps comments from visitors and editors, drafts a redacted copy with consent only, and publishes it on approval', async () => {
    const consultation = await openConsultation('避孕药具免费发放管理办法（征求意见稿）')
    await comment(consultation.slug!, { comment: '我叫王建华，手机 139 1234 5678。建议在社区卫生服务中心增设自助发放机。', name: '王建华', contact: '13912345678', publishConsent: 'yes' })
    await comment(consultation.slug!, { comment: '不同意公开的意见：建议延长发放时间。' })
    const stored = await payload.find({ collection: 'consultation-comments', where: { consultation: { equals: consultation.id } }, overrideAccess: true, depth: 0 })
    expect(stored.totalDocs).toBe(2)
    const consenting = stored.docs.find((c) => c.publishConsent)!
    const withheld = stored.docs.find((c) => !c.publishConsent)!

    for (const token of [undefined, tokens.editor, tokens.reviewer]) {
      expect((await rest('GET', `/consultation-comments/${consenting.id}`, { token })).status).toBe(403)
    }
    expect((await rest('GET', `/consultation-comments/${consenting.id}`, { token: tokens.handler })).status).toBe(200)
    const publicText = async () => JSON.stringify([(await rest('GET', '/published-comments?limit=100')).json, await publishedCommentsOf(consultation.id)])
    expect(await publicText()).not.toContain('自助发放机')

    expect(await copyWhere({ comment: { equals: withheld.id } })).toBeUndefined()
    const copy = (await copyWhere({ comment: { equals: consenting.id } }))!
    expect(copy.status).toBe('drafting')
    expect(copy.question).toContain('自助发放机')
    expect(copy.question).not.toContain('1234 5678')
    expect(copy.question).not.toContain('王建华')

    // Submitted is not approved: still nothing public.
    expect((await act(copy.id, 'submit', tokens.handler)).status).toBe(200)
    expect(await publicText()).not.toContain('自助发放机')
    expect((await act(copy.id, 'approve', tokens.handler)).status).toBe(403)
    expect((await act(copy.id, 'approve', tokens.reviewer)).status).toBe(200)
    const shown = await publishedCommentsOf(consultation.id)
    expect(shown).toHaveLength(1)
    expect(shown[0].comment).toContain('自助发放机')
    expect(JSON.stringify(shown)).not.toMatch(/王建华|5678/)

    // Withdrawn: gone at once.
    expect((await act(copy.id, 'withdraw', tokens.reviewer, { text: '内容需要核实' })).status).toBe(200)
    expect(await publishedCommentsOf(consultation.id)).toHaveLength(0)
  })
})

describe('政策问答: questions on a notice are shown under it only after approval', () => {
  it('records the notice on the message and shows the answered, approved question under that notice only', async () => {
    const notice = await payload.create({ collection: 'policy-notices', data: { ...policyNotice({ title: '流动人口计划生育服务管理办法' }), _status: 'published' } as never, overrideAccess: true })
    const other = await payload.create({ collection: 'policy-notices', data: { ...policyNotice({ title: '独生子女父母奖励办法' }), _status: 'published' } as never, overrideAccess: true })
    const result = await submitResidentMessage(payload, {
      kind: 'consultation',
      subject: noticeQuestionSubject(notice.title),
      message: '请问在成都居住满半年的流动人口可以免费领取避孕药具吗？',
      about: `policy:${notice.slug}`,
      replyBy: 'none',
      publishConsent: 'yes',
    })
    const message = (await payload.find({ collection: 'feedback', where: { trackingCode: { equals: result.trackingCode } }, overrideAccess: true, depth: 0 })).docs[0] as Feedback
    expect(message.notice).toBe(notice.id)
    expect(message.kind).toBe('consultation')

    const handle = (data: Record<string, unknown>) => payload.update({ collection: 'feedback', id: message.id, data, ...as(users.handler), depth: 0 })
    await handle({ status: 'accepted' })
    await handle({ status: 'assigned', department: department.id, assignedTo: users.handler.id })
    await handle({ status: 'replied', reply: '可以。流动人口与户籍人口同等享受免费避孕药具服务。' })
    expect(await findNoticeQuestions(notice.id)).toHaveLength(0)

    const copy = (await copyWhere({ source: { equals: message.id } }))!
    expect(copy.notice).toBe(notice.id)
    await approve(copy)
    const shown = await findNoticeQuestions(notice.id)
    expect(shown).toHaveLength(1)
    expect(shown[0].answer).toContain('同等享受')
    expect(await findNoticeQuestions(other.id)).toHaveLength(0)

    // Search sends readers to the question under its notice.
    const indexed = await payload.find({ collection: 'search-documents', where: { source: { like: 'published-replies' } }, overrideAccess: true, limit: 100, depth: 0 })
    expect(indexed.docs.map((doc) => doc.url)).toContain(`/policies/${notice.slug}#question-${shown[0].id}`)
  })
})
