import { createLocalReq, getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { User } from '@/payload-types'
import { requestSubscription } from '@/features/subscriptions/server/request-subscription'
import { confirmByLink, findByLink } from '@/features/subscriptions/server/manage-subscription'
import { sendWeeklyDigests } from '@/features/subscriptions/server/weekly-digest'
import { SUBSCRIPTION_MAIL_QUEUE } from '@/features/subscriptions/server/paced-outbox'
import { readUsefulnessForm } from '@/features/usefulness/rules/usefulness-answer'
import { recordAnswer } from '@/features/usefulness/server/record-answer'
import { flaggedHealthTopics, usefulnessReport } from '@/features/usefulness/server/usefulness-report'
import { MailCatcher, subjectOf, type DeliveredMail } from './helpers/mail-catcher'
import { policyNotice, richText } from './helpers/policy-notice'

/**
 * E-mail subscriptions and "这个页面对您有帮助吗？" through the local API and Payload's REST
 * handlers, with e-mail delivered over real SMTP to a server on loopback: double opt-in, the
 * RFC 8058 headers on every message, a page mailed once on first publication, the weekly digest,
 * unsubscribing with one POST, and the usefulness counts staff see.
 */

const SITE = 'https://jsw.example.test'
const catcher = new MailCatcher()
let payload: Payload
let admin: User
let rest: typeof import('./helpers/api-client').rest
let restPost: (request: Request) => Promise<Response>

const runOutbox = async () => {
  // Publishing queues `notifySubscribers` (default queue), which queues the paced mailing.
  await payload.jobs.run({ queue: 'default' })
  await payload.jobs.run({ queue: SUBSCRIPTION_MAIL_QUEUE })
  await payload.jobs.run({ queue: 'default' })
}

const header = (mail: DeliveredMail, name: string) =>
  (new RegExp(`^${name}:(.*(?:\\r\\n[ \\t].*)*)`, 'im').exec(mail.raw)?.[1] ?? '').replace(/\r\n[ \t]+/g, '').trim()

const tokenIn = (mail: DeliveredMail) => {
  const url = /<([^>]+)>/.exec(header(mail, 'List-Unsubscribe'))?.[1] ?? ''
  return new URL(url).searchParams.get('token') ?? ''
}

const expectListHeaders = (mail: DeliveredMail) => {
  expect(header(mail, 'List-Unsubscribe')).toMatch(new RegExp(`^<${SITE}/api/email-subscriptions/unsubscribe\\?token=[A-Za-z0-9._%-]+>$`))
  expect(header(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click')
  // No tracking pixel, no rewritten links: every link goes straight to the site.
  expect(mail.raw).not.toMatch(/<img/i)
}

const published = <T extends Record<string, unknown>>(data: T) => ({ ...data, _status: 'published' as const })

async function subscribeAndConfirm(email: string, choice: Parameters<typeof requestSubscription>[2]) {
  await requestSubscription(payload, email, choice)
  await runOutbox()
  const [mail] = catcher.to(email).slice(-1)
  const token = tokenIn(mail)
  expect(await confirmByLink(payload, token)).toMatchObject({ status: 'confirmed' })
  return token
}

beforeAll(async () => {
  await catcher.start()
  process.env.SMTP_URL = `smtp://127.0.0.1:${catcher.port}`
  process.env.SERVER_URL = SITE
  process.env.JOBS_AUTORUN = '0'
  const { default: config } = await import('@payload-config')
  ;({ rest } = await import('./helpers/api-client'))
  const { REST_POST } = await import('@payloadcms/next/routes')
  const post = REST_POST(config)
  restPost = (request) => post(request, { params: Promise.resolve({ slug: new URL(request.url).pathname.replace(/^\/api\//, '').split('/') }) })
  payload = await getPayload({ config })
  admin = (await payload.create({
    collection: 'users',
    data: { email: 'admin-subs@example.test', password: 'Correct-Horse-42', name: '管理员', roles: ['admin'] },
  })) as User
}, 180_000)

afterAll(async () => {
  await catcher.stop()
})

describe('subscribing (double opt-in)', () => {
  it('sends only a confirmation, with the unsubscribe headers, until the link is used; a new request voids the old link', async () => {
    const email = 'li-subs@example.test'
    await requestSubscription(payload, email, { sections: ['events'], topics: ['hiv-prevention'], frequency: 'immediate' })
    await runOutbox()
    const [first] = catcher.to(email)
    expect(subjectOf(first.raw)).toContain('请确认订阅')
    expectListHeaders(first)
    const firstToken = tokenIn(first)
    expect(await findByLink(payload, firstToken)).toMatchObject({ email, status: 'pending', sections: ['events'] })

    // Not confirmed: a new event mails nobody.
    await payload.create({ collection: 'events', data: published({ title: '未确认时发布的活动', startsAt: new Date(Date.now() + 86_400_000).toISOString(), place: '社区活动室', summary: '测试。' }) as never })
    await runOutbox()
    expect(catcher.to(email)).toHaveLength(1)

    await requestSubscription(payload, email, { sections: ['events'], topics: ['hiv-prevention'], frequency: 'immediate' })
    await runOutbox()
    expect(catcher.to(email)).toHaveLength(2)
    const secondToken = tokenIn(catcher.to(email)[1])
    expect(await findByLink(payload, firstToken)).toBeNull()
    expect(await confirmByLink(payload, firstToken)).toBeNull()
    expect(await confirmByLink(payload, secondToken)).toMatchObject({ status: 'confirmed' })

    // Asking again once confirmed changes nothing and only mails the manage link.
    await requestSubscription(payload, email, { sections: ['outreach'], topics: [], frequency: 'weekly' })
    await runOutbox()
    expect(subjectOf(catcher.to(email)[2].raw)).toContain('您已订阅')
    expect(await findByLink(payload, secondToken)).toMatchObject({ sections: ['events'], frequency: 'immediate' })
  })

  it('keeps subscriptions from visitors over REST, and lets nobody create one around the form', async () => {
    const list = await rest('GET', '/email-subscriptions')
    expect([401, 403]).toContain(list.status)
    const created = await rest('POST', '/email-subscriptions', { body: { email: 'sneak@example.test', status: 'confirmed', frequency: 'immediate', tokenVersion: 0 } })
    expect([401, 403]).toContain(created.status)
  })
})

describe('mailing a published page', () => {
  it('mails immediate subscribers once, on first publication, by section or policy topic', async () => {
    const email = 'zhang-subs@example.test'
    await subscribeAndConfirm(email, { sections: [], topics: ['hiv-prevention'], frequency: 'immediate' })
    const before = catcher.to(email).length

    const notice = await payload.create({ collection: 'policy-notices', data: published(policyNotice({ title: '关于艾滋病自愿咨询检测的通知', topic: 'hiv-prevention' })) as never })
    await payload.create({ collection: 'policy-notices', data: published(policyNotice({ title: '关于综合政务的通知', topic: 'administration' })) as never })
    await runOutbox()
    const mails = catcher.to(email).slice(before)
    expect(mails).toHaveLength(1)
    expect(subjectOf(mails[0].raw)).toContain('关于艾滋病自愿咨询检测的通知')
    expectListHeaders(mails[0])
    expect(mails[0].raw).toContain(`${SITE}/policies/`)

    // An edit published again is not news.
    await payload.update({ collection: 'policy-notices', id: notice.id, data: published({ title: '关于艾滋病自愿咨询检测的通知（修订）' }) as never })
    await runOutbox()
    expect(catcher.to(email).slice(before)).toHaveLength(1)
    const updates = await payload.find({ collection: 'subscription-updates', where: { item: { equals: `policy-notices:${notice.id}` } }, overrideAccess: true })
    expect(updates.docs).toHaveLength(1)
    expect(updates.docs[0].immediateRecipients).toBeGreaterThanOrEqual(1)
  })
})

describe('mailing a consultation (征求意见)', () => {
  it('mails its subscribers when a consultation is published, with its link and period, once; nobody else', async () => {
    const email = 'zhou-subs@example.test'
    const other = 'wu-subs@example.test'
    await subscribeAndConfirm(email, { sections: ['consultations'], topics: [], frequency: 'immediate' })
    await subscribeAndConfirm(other, { sections: ['events'], topics: [], frequency: 'immediate' })
    const [before, otherBefore] = [catcher.to(email).length, catcher.to(other).length]

    const opensOn = '2026-12-01T00:00:00.000Z'
    const draft = await payload.create({
      collection: 'consultations',
      data: { title: '育儿补贴发放办法（征求意见稿）', summary: '育儿补贴的申领条件和标准。', department: '人口家庭处', opensOn, closesOn: '2026-12-31T00:00:00.000Z', draftText: richText('第一条 草案正文。') },
      draft: true,
    })
    await runOutbox()
    expect(catcher.to(email)).toHaveLength(before)

    const consultation = await payload.update({ collection: 'consultations', id: draft.id, data: published({}) as never })
    await runOutbox()
    const mails = catcher.to(email).slice(before)
    expect(mails).toHaveLength(1)
    expect(subjectOf(mails[0].raw)).toContain('征求意见：育儿补贴发放办法（征求意见稿）')
    expectListHeaders(mails[0])
    expect(mails[0].raw.replace(/=\r\n/g, '')).toContain(`${SITE}/consultations/${consultation.slug}`)
    expect(catcher.to(other)).toHaveLength(otherBefore)
    const updates = await payload.find({ collection: 'subscription-updates', where: { item: { equals: `consultations:${draft.id}` } }, overrideAccess: true })
    expect(updates.docs).toHaveLength(1)
    expect(updates.docs[0]).toMatchObject({ section: 'consultations', summary: expect.stringMatching(/^征求意见时间：2026-12-01 至 2026-12-31。育儿补贴/) })

    // Published again (its 意见采纳情况, later): not news to subscribers.
    await payload.update({ collection: 'consultations', id: draft.id, data: published({ summary: '育儿补贴的申领条件和标准（修订）。' }) as never })
    await runOutbox()
    expect(catcher.to(email).slice(before)).toHaveLength(1)
  })
})

describe('the weekly digest', () => {
  it('sends a weekly subscriber what was published in their sections since confirming, once', async () => {
    const email = 'wang-subs@example.test'
    await subscribeAndConfirm(email, { sections: ['health'], topics: [], frequency: 'weekly' })
    const before = catcher.to(email).length
    await payload.create({
      collection: 'health-topics',
      data: published({ title: '避孕方法怎么选', summary: '常见避孕方法的比较。', keyFacts: [{ fact: '要点。' }], medicalReviewer: { name: '李医生', title: '主任医师' }, lastReviewedAt: new Date().toISOString() }) as never,
    })
    await payload.create({ collection: 'events', data: published({ title: '周汇总不应包含的活动', startsAt: new Date(Date.now() + 86_400_000).toISOString(), place: '社区活动室', summary: '测试。' }) as never })
    await runOutbox()
    expect(catcher.to(email)).toHaveLength(before)

    const req = await createLocalReq({}, payload)
    const inAWeek = new Date(Date.now() + 7 * 86_400_000 - 30 * 60_000)
    const result = await sendWeeklyDigests(payload, req, inAWeek)
    expect(result.sent).toBeGreaterThanOrEqual(1)
    await runOutbox()
    const digests = catcher.to(email).slice(before)
    expect(digests).toHaveLength(1)
    expect(subjectOf(digests[0].raw)).toContain('本周更新（1 条）')
    expectListHeaders(digests[0])
    const body = digests[0].raw.replace(/=\r\n/g, '')
    expect(body).toContain(`${SITE}/health/`)
    expect(body).not.toContain('/events/')

    // Sent once for the week.
    await sendWeeklyDigests(payload, await createLocalReq({}, payload), inAWeek)
    await runOutbox()
    expect(catcher.to(email).slice(before)).toHaveLength(1)
  })
})

describe('one-click unsubscribe (RFC 8058)', () => {
  it('deletes the subscription with one POST to the header URL, and nothing is sent after', async () => {
    const email = 'chen-subs@example.test'
    const token = await subscribeAndConfirm(email, { sections: ['events'], topics: [], frequency: 'immediate' })
    const response = await restPost(
      new Request(`${SITE}/api/email-subscriptions/unsubscribe?token=${encodeURIComponent(token)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      }),
    )
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('已退订')
    const left = await payload.count({ collection: 'email-subscriptions', where: { email: { equals: email } }, overrideAccess: true })
    expect(left.totalDocs).toBe(0)

    const before = catcher.to(email).length
    await payload.create({ collection: 'events', data: published({ title: '退订之后的活动', startsAt: new Date(Date.now() + 86_400_000).toISOString(), place: '社区活动室', summary: '测试。' }) as never })
    await runOutbox()
    expect(catcher.to(email)).toHaveLength(before)

    // The same POST again, or a forged token: the same quiet answer, nothing else deleted.
    const again = await restPost(new Request(`${SITE}/api/email-subscriptions/unsubscribe?token=${encodeURIComponent(token)}`, { method: 'POST', body: 'List-Unsubscribe=One-Click' }))
    expect(again.status).toBe(200)
    const forged = await restPost(new Request(`${SITE}/api/email-subscriptions/unsubscribe?token=1.0.forged`, { method: 'POST', body: 'List-Unsubscribe=One-Click' }))
    expect(forged.status).toBe(200)
    expect((await payload.count({ collection: 'email-subscriptions', overrideAccess: true })).totalDocs).toBeGreaterThan(0)
  })
})

describe('这个页面对您有帮助吗？', () => {
  const answer = async (path: string, useful: 'yes' | 'no', reason = '') => {
    const read = readUsefulnessForm({ path, useful, reason })
    if (!read.ok) throw new Error(read.message)
    await recordAnswer(payload, read.answer)
  }

  it('counts answers per page and section, with reasons cleared of phones and ID numbers', async () => {
    await answer('/events/some-event', 'yes')
    await answer('/events/some-event', 'no', '时间不清楚，请打 13800138000 告诉我')
    await answer('/policies/some-notice', 'yes', '很清楚')
    const report = await usefulnessReport(payload, admin)
    expect(report.sections.find((section) => section.section === 'events')).toEqual({ section: 'events', yes: 1, no: 1, pages: 1 })
    const page = report.pages.find((p) => p.path === '/events/some-event')
    expect(page).toMatchObject({ yes: 1, no: 1 })
    expect(page?.reasons[0].reason).toContain('已隐去')
    expect(JSON.stringify(report.pages)).not.toContain('13800138000')
  })

  it('flags a health page many readers found unhelpful, with its reviewer', async () => {
    const topic = await payload.create({
      collection: 'health-topics',
      data: published({ title: '难懂的健康页面', summary: '摘要。', keyFacts: [{ fact: '要点。' }], medicalReviewer: { name: '赵医生', title: '主任医师' }, reviewerEmail: 'zhao@example.test', lastReviewedAt: new Date().toISOString() }) as never,
    })
    for (let i = 0; i < 5; i++) await answer(`/health/${topic.slug}`, 'no', '看不懂')
    await answer(`/health/${topic.slug}`, 'yes')
    const flagged = await flaggedHealthTopics(payload, admin)
    expect(flagged).toHaveLength(1)
    expect(flagged[0]).toMatchObject({ title: '难懂的健康页面', no: 5, yes: 1, reviewerName: '赵医生', reviewerEmail: 'zhao@example.test' })
  })

  it('lets nobody create or read answers over REST without signing in', async () => {
    const created = await rest('POST', '/usefulness-answers', { body: { path: '/events/x', section: 'events', useful: false } })
    expect([401, 403]).toContain(created.status)
    const list = await rest('GET', '/usefulness-answers')
    expect([401, 403]).toContain(list.status)
  })
})
