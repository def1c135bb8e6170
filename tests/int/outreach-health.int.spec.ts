import { getPayload, type Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sendHealthReviewReminders, reviewOverdueWhere } from '@/features/health/server/health-review-reminders'
import type { User } from '@/payload-types'
import { minimalPdf } from '../fixtures/minimal-pdf'
import { MailCatcher, subjectOf } from './helpers/mail-catcher'
import { deskStep } from './helpers/desk'
import { lexicalParagraphs } from '@/seed/lexical-paragraphs'

/**
 * Outreach articles, events and health pages: drafts stay hidden from visitors (local API as an
 * anonymous visitor, and over REST), the review-due rule in queries, the once-only review e-mail
 * delivered over real SMTP to a server on loopback, and alt text on images.
 */

const DAY = 86_400_000
const catcher = new MailCatcher()
let payload: Payload
let editor: User
let reviewer: User
// Imported once SMTP_URL is set: the REST helper loads the config, and with it the e-mail adapter.
let rest: typeof import('./helpers/api-client').rest
const asVisitor = { overrideAccess: false, user: null } as const

const richText = (text: string) => lexicalParagraphs([text])

const topic = (title: string, overrides: Record<string, unknown> = {}) => ({
  title,
  summary: '测试摘要。',
  keyFacts: [{ fact: '测试要点。' }],
  medicalReviewer: { name: '李医生', title: '主任医师' },
  lastReviewedAt: new Date(Date.now() - 30 * DAY).toISOString(),
  ...overrides,
})

const createTopic = (title: string, overrides: Record<string, unknown> = {}, status: 'draft' | 'published' = 'published') =>
  payload.create({
    collection: 'health-topics',
    data: { ...topic(title, overrides), _status: status } as never,
    draft: status === 'draft',
    // Editors write drafts; a published fixture is put there by the system (only a reviewer who did
    // not write a page may publish it: tests/int/publishing-review.int.spec.ts).
    ...(status === 'draft' ? { user: editor, overrideAccess: false } : {}),
  })

/** A published page last reviewed 400 days before `now`, its review due `daysOverdue` days ago; reminders go to `to`. */
const overdueTopic = (title: string, to: string, now: Date, daysOverdue: number) =>
  createTopic(title, {
    reviewerEmail: to,
    lastReviewedAt: new Date(now.getTime() - 400 * DAY).toISOString(),
    nextReviewDueAt: new Date(now.getTime() - daysOverdue * DAY).toISOString(),
  })

const png = () => sharp({ create: { width: 600, height: 400, channels: 3, background: '#8f1d1d' } }).png().toBuffer()

beforeAll(async () => {
  // The SMTP server listens before the config is imported: the e-mail adapter reads SMTP_URL then.
  await catcher.start()
  process.env.SMTP_URL = `smtp://127.0.0.1:${catcher.port}`
  process.env.JOBS_AUTORUN = '0'
  const { default: config } = await import('@payload-config')
  ;({ rest } = await import('./helpers/api-client'))
  payload = await getPayload({ config })
  editor = (await payload.create({
    collection: 'users',
    data: { email: 'editor-oh@example.test', password: 'Correct-Horse-42', name: '编辑', roles: ['editor'] },
  })) as User
  reviewer = (await payload.create({
    collection: 'users',
    data: { email: 'reviewer-oh@example.test', password: 'Correct-Horse-42', name: '审核员', roles: ['reviewer'] },
  })) as User
})

afterAll(async () => {
  await catcher.stop()
})

describe('drafts stay hidden from visitors', () => {
  it('hides draft articles, events and health pages from the local API as a visitor and over REST', async () => {
    const article = await payload.create({
      collection: 'outreach-articles',
      data: { title: '关爱女孩 草稿文章', kind: 'story', summary: '草稿。', body: richText('草稿正文'), _status: 'draft' },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    const event = await payload.create({
      collection: 'events',
      data: { title: '草稿活动', startsAt: new Date(Date.now() + 7 * DAY).toISOString(), place: '社区活动室', summary: '草稿。', _status: 'draft' },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    const draftTopic = await createTopic('草稿健康知识', {}, 'draft')
    expect(article.slug).toBe('guan-ai-nv-hai-cao-gao-wen-zhang')

    for (const [collection, doc] of [
      ['outreach-articles', article],
      ['events', event],
      ['health-topics', draftTopic],
    ] as const) {
      const asStaff = await payload.find({ collection, where: { slug: { equals: doc.slug } }, draft: true, user: editor, overrideAccess: false })
      expect(asStaff.totalDocs).toBe(1)
      const visitor = await payload.find({ collection, where: { slug: { equals: doc.slug } }, ...asVisitor })
      expect(visitor.totalDocs).toBe(0)
      const list = await rest('GET', `/${collection}?where[slug][equals]=${doc.slug}`)
      expect(list.status).toBe(200)
      expect(list.json.totalDocs).toBe(0)
      const byId = await rest('GET', `/${collection}/${doc.id}`)
      expect([403, 404]).toContain(byId.status)
      const drafts = await rest('GET', `/${collection}/${doc.id}?draft=true`)
      expect([403, 404]).toContain(drafts.status)
    }

    await deskStep(payload, editor, 'outreach-articles', article.id, 'submit')
    const published = await payload.findByID({ collection: 'outreach-articles', id: (await deskStep(payload, reviewer, 'outreach-articles', article.id, 'publish')).id as number })
    expect(published.publishedAt).toBeTruthy()
    const visible = await payload.find({ collection: 'outreach-articles', where: { slug: { equals: article.slug } }, ...asVisitor })
    expect(visible.docs.map((doc) => doc.title)).toEqual(['关爱女孩 草稿文章'])
  })

  it('never shows the reviewer e-mail or reminder bookkeeping to visitors', async () => {
    const created = await createTopic('审核邮箱不公开', { reviewerEmail: 'reviewer-private@example.test' })
    const response = await rest('GET', `/health-topics/${created.id}`)
    expect(response.status).toBe(200)
    expect(response.json.title).toBe('审核邮箱不公开')
    expect(response.json).not.toHaveProperty('reviewerEmail')
    expect(response.json).not.toHaveProperty('reviewReminderSentFor')
    const local = await payload.findByID({ collection: 'health-topics', id: created.id, ...asVisitor })
    expect(local.reviewerEmail).toBeUndefined()
  })
})

describe('review dates', () => {
  it('defaults the next review to twelve months after the last and refuses a next review before it', async () => {
    const created = await createTopic('默认审核周期', { lastReviewedAt: '2026-01-15T04:00:00.000Z' })
    expect(created.nextReviewDueAt).toBe('2027-01-15T04:00:00.000Z')
    await expect(
      createTopic('审核日期颠倒', { lastReviewedAt: '2026-01-15T04:00:00.000Z', nextReviewDueAt: '2026-01-01T04:00:00.000Z' }),
    ).rejects.toThrow(/下次审核日期/)
  })

  it('lists published pages past their review date, not drafts and not pages due today', async () => {
    const now = new Date('2030-06-15T10:00:00+08:00')
    const overdue = await createTopic('已过复核日期', { lastReviewedAt: '2029-05-01T04:00:00Z', nextReviewDueAt: '2030-06-14T04:00:00Z' })
    await createTopic('今天到期', { lastReviewedAt: '2029-05-01T04:00:00Z', nextReviewDueAt: '2030-06-15T04:00:00Z' })
    await createTopic('过期的草稿', { lastReviewedAt: '2029-05-01T04:00:00Z', nextReviewDueAt: '2030-01-01T04:00:00Z' }, 'draft')
    const found = await payload.find({ collection: 'health-topics', where: reviewOverdueWhere(now), overrideAccess: true, limit: 100 })
    const titles = found.docs.map((doc) => doc.title)
    expect(titles).toContain('已过复核日期')
    expect(titles).not.toContain('今天到期')
    expect(titles).not.toContain('过期的草稿')
    // The day after, the page due "today" joins the list.
    const tomorrow = await payload.find({ collection: 'health-topics', where: reviewOverdueWhere(new Date(now.getTime() + DAY)), overrideAccess: true, limit: 100 })
    expect(tomorrow.docs.map((doc) => doc.title)).toEqual(expect.arrayContaining(['已过复核日期', '今天到期']))
    await payload.delete({ collection: 'health-topics', where: { title: { in: ['已过复核日期', '今天到期', '过期的草稿'] } }, overrideAccess: true })
    expect(overdue.id).toBeTruthy()
  })
})

describe('the review-due e-mail', () => {
  it('is delivered once over SMTP however often the reminder runs, and again for a new due date', async () => {
    const to = 'reviewer-once@example.test'
    const now = new Date()
    const created = await overdueTopic('复核提醒测试页', to, now, 3)

    const first = await sendHealthReviewReminders(payload, now)
    expect(first.sent).toBeGreaterThanOrEqual(1)
    await payload.jobs.run()
    const second = await sendHealthReviewReminders(payload, now)
    expect(second.sent).toBe(0)
    await payload.jobs.run()
    await payload.jobs.run()

    const mails = catcher.to(to)
    expect(mails).toHaveLength(1)
    expect(subjectOf(mails[0].raw)).toContain('健康知识页面需要复核：复核提醒测试页')
    const marked = await payload.findByID({ collection: 'health-topics', id: created.id, overrideAccess: true })
    expect(marked.reviewReminderSentFor).toBe(marked.nextReviewDueAt)
    expect(marked._status).toBe('published')

    // After the next review, a new due date that passes in turn gets its own single reminder.
    await payload.update({
      collection: 'health-topics',
      id: created.id,
      data: { lastReviewedAt: new Date(now.getTime() - 2 * DAY).toISOString(), nextReviewDueAt: new Date(now.getTime() + 365 * DAY).toISOString() },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    await deskStep(payload, editor, 'health-topics', created.id, 'submit')
    await deskStep(payload, reviewer, 'health-topics', created.id, 'publish')
    const later = new Date(now.getTime() + 370 * DAY)
    await sendHealthReviewReminders(payload, later)
    await sendHealthReviewReminders(payload, later)
    await payload.jobs.run()
    expect(catcher.to(to)).toHaveLength(2)
  })
})

describe('the review-due e-mail and a revision in progress', () => {
  it('leaves an editor\'s pending draft alone, and publishing it does not send the reminder again', async () => {
    const to = 'reviewer-draft@example.test'
    const now = new Date()
    const created = await overdueTopic('正在修订的页面', to, now, 2)
    await payload.update({ collection: 'health-topics', id: created.id, data: { summary: '修订中的摘要。' }, draft: true, user: editor, overrideAccess: false })

    await sendHealthReviewReminders(payload, now)
    await payload.jobs.run()
    expect(catcher.to(to)).toHaveLength(1)

    const draft = await payload.findByID({ collection: 'health-topics', id: created.id, draft: true, user: editor, overrideAccess: false })
    expect(draft.summary).toBe('修订中的摘要。')
    const published = await payload.findByID({ collection: 'health-topics', id: created.id, ...asVisitor })
    expect(published.summary).toBe('测试摘要。')

    await deskStep(payload, editor, 'health-topics', created.id, 'submit')
    await deskStep(payload, reviewer, 'health-topics', created.id, 'publish')
    const after = await payload.findByID({ collection: 'health-topics', id: created.id, ...asVisitor })
    expect(after.summary).toBe('修订中的摘要。')
    await sendHealthReviewReminders(payload, now)
    await payload.jobs.run()
    expect(catcher.to(to)).toHaveLength(1)
  })
})

describe('images', () => {
  it('requires alt text on every uploaded image and makes the responsive WebP sizes', async () => {
    const data = await png()
    await expect(
      payload.create({ collection: 'media', data: {} as never, file: { data, mimetype: 'image/png', name: 'no-alt.png', size: data.length }, user: editor, overrideAccess: false }),
    ).rejects.toThrow()
    const image = await payload.create({
      collection: 'media',
      data: { alt: '插图：社区义诊现场' },
      file: { data, mimetype: 'image/png', name: 'with-alt.png', size: data.length },
      user: editor,
      overrideAccess: false,
    })
    expect(image.alt).toBe('插图：社区义诊现场')
    expect(image.sizes?.small?.width).toBe(480)
    expect(image.sizes?.small?.mimeType).toBe('image/webp')
    // Never enlarged: a 600 px picture gets no 960 or 1440 px copy.
    expect(image.sizes?.medium?.url ?? null).toBeNull()
  })
})

describe('what a health page links to', () => {
  it('lists only published stations offering the related service, and its PDF leaflets', async () => {
    const { getHealthTopicBySlug, stationsOffering } = await import('@/features/health/server/health-queries')
    const district = await payload.create({ collection: 'districts', data: { name: '测试区', code: 'test-district', kind: 'county' } as never })
    const service = await payload.create({ collection: 'services', data: { name: '艾滋病检测与咨询', code: 'hiv-testing-test' } })
    const station = (key: string, status: 'draft' | 'published') =>
      payload.create({
        collection: 'service-stations',
        data: {
          name: `测试网点 ${key}`, key, type: 'county-station', district: district.id, address: '测试路 1 号',
          lat: 30.65, lng: 104.06, services: [service.id], lastVerifiedAt: '2026-01-01T04:00:00.000Z', _status: status,
        } as never,
        draft: status === 'draft',
      })
    await station('test-published', 'published')
    await station('test-draft', 'draft')
    const offering = await stationsOffering([service.id])
    expect(offering.map((s) => s.key)).toEqual(['test-published'])

    const pdf = minimalPdf()
    const leaflet = await payload.create({
      collection: 'policy-documents',
      data: { title: '艾滋病检测宣传折页' },
      file: { data: pdf, mimetype: 'application/pdf', name: 'leaflet.pdf', size: pdf.length },
      user: editor,
      overrideAccess: false,
    })
    const created = await createTopic('带折页的页面', { leaflets: [leaflet.id], relatedServices: [service.id], reviewerEmail: 'hidden@example.test' })
    const shown = await getHealthTopicBySlug(created.slug!)
    expect(shown?.leaflets?.map((l) => (typeof l === 'object' ? l.title : l))).toEqual(['艾滋病检测宣传折页'])
    expect(shown?.relatedServices?.map((s) => (typeof s === 'object' ? s.name : s))).toEqual(['艾滋病检测与咨询'])
    expect(shown?.reviewerEmail).toBeUndefined()
  })
})
