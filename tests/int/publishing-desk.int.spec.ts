import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { OutreachArticle, User } from '@/payload-types'
import { DESK_MESSAGES, formatBeijingMinute } from '@/platform/publishing/rules/desk'
import { DESK_ONLY } from '@/platform/publishing/review/hooks'
import { EMPTY_DRAFT } from '@/platform/publishing/desk/hooks'
import { DESK_SCHEDULE_TASK } from '@/platform/publishing/desk/scheduled-publication'
import { deskQueues } from '@/platform/publishing/desk/queues'
import { lexicalParagraphs } from '@/seed/lexical-paragraphs'
import { graphql, rest } from './helpers/api-client'
import { deskStep } from './helpers/desk'
import { as, publishingTeam, STAFF_PASSWORD } from './helpers/staff-accounts'

/**
 * The publishing desk on SQLite and PostgreSQL: every step through the local API and the REST
 * endpoint, every refusal, and no other way to publish (admin form, REST, GraphQL, local API,
 * restoring a version).
 */

let payload: Payload
let admin: User
let editor: User
let reviewerA: User
let reviewerB: User
const COLLECTION = 'outreach-articles' as const
const HOUR = 3_600_000

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: number }).id : value)

const draftBy = (title: string, author: User = editor) =>
  payload.create({
    collection: COLLECTION,
    data: { title, kind: 'story', summary: '摘要。', body: lexicalParagraphs(['正文。']) },
    draft: true,
    ...as(author),
  })

const editDraft = (id: number, data: Partial<OutreachArticle>, user: User) => payload.update({ collection: COLLECTION, id, data, draft: true, ...as(user) })

const step = (user: User, id: number, action: Parameters<typeof deskStep>[4], input: Parameters<typeof deskStep>[5] = {}) =>
  deskStep(payload, user, COLLECTION, id, action, input)

const stored = async (id: number) => ({
  main: await payload.findByID({ collection: COLLECTION, id, depth: 0 }),
  latest: await payload.findByID({ collection: COLLECTION, id, depth: 0, draft: true }),
})

const visitorSees = async (id: number) => (await payload.find({ collection: COLLECTION, where: { id: { equals: id } }, ...as(null) })).docs[0] ?? null

const token = async (user: User) => (await payload.login({ collection: 'users', data: { email: user.email, password: STAFF_PASSWORD } })).token!

beforeAll(async () => {
  payload = await getPayload({ config })
  ;({ admin, editor, reviewerA, reviewerB } = await publishingTeam(payload, 'desk.test'))
})

afterEach(() => {
  vi.useRealTimers()
})

describe('the desk’s steps', () => {
  it('takes a draft through submit → return with a remark → fix → resubmit → approve → publish', async () => {
    const draft = await draftBy('征文活动通知')
    expect(draft.deskState).toBe('draft')

    const submitted = await step(editor, draft.id, 'submit', { note: '请看活动日期。' })
    expect(submitted).toMatchObject({ deskState: 'submitted', submitNote: '请看活动日期。' })
    expect(idOf(submitted.submittedBy)).toBe(editor.id)

    await expect(step(reviewerA, draft.id, 'return', {})).rejects.toThrow(DESK_MESSAGES.remark)
    const returned = await step(reviewerA, draft.id, 'return', { remark: '活动日期写错了，应为 12 月 5 日。' })
    expect(returned).toMatchObject({ deskState: 'returned', returnRemark: '活动日期写错了，应为 12 月 5 日。' })
    expect(idOf(returned.returnedBy)).toBe(reviewerA.id)

    const fixed = await editDraft(draft.id, { summary: '活动于 12 月 5 日举行。' }, editor)
    expect(fixed.deskState).toBe('returned')
    expect(fixed.returnRemark).toBe('活动日期写错了，应为 12 月 5 日。')

    const again = await step(editor, draft.id, 'submit')
    expect(again).toMatchObject({ deskState: 'submitted', returnRemark: null })
    expect((await step(reviewerA, draft.id, 'approve')).deskState).toBe('approved')
    expect(await visitorSees(draft.id)).toBeNull()

    const published = await step(reviewerA, draft.id, 'publish')
    expect(published).toMatchObject({ _status: 'published', deskState: 'published', summary: '活动于 12 月 5 日举行。' })
    expect(idOf(published.approvedBy)).toBe(reviewerA.id)
    expect(idOf(published.lastEditedBy)).toBe(editor.id)
    expect((await visitorSees(draft.id))?.title).toBe('征文活动通知')
    expect(await visitorSees(draft.id)).not.toHaveProperty('deskState')
  })

  it('refuses the wrong role, the wrong state and the submitter’s own review, and changes nothing', async () => {
    const draft = await draftBy('拒绝测试')
    await expect(step(editor, draft.id, 'publish')).rejects.toThrow(`403 ${DESK_MESSAGES.notAllowed('发布')}`)
    await expect(step(reviewerA, draft.id, 'approve')).rejects.toThrow(`409 ${DESK_MESSAGES.wrongState('draft', '审核通过')}`)
    await expect(step(reviewerA, draft.id, 'withdraw', { reason: '不需要了' })).rejects.toThrow(/^409 /)

    const own = await draftBy('审核员自己写的', reviewerA)
    await step(reviewerA, own.id, 'submit')
    await expect(step(reviewerA, own.id, 'publish')).rejects.toThrow(`403 ${DESK_MESSAGES.ownSubmission}`)
    await expect(step(reviewerA, own.id, 'schedule', { at: '2099-01-01T10:00' })).rejects.toThrow(DESK_MESSAGES.ownSubmission)
    expect((await stored(own.id)).latest.deskState).toBe('submitted')
    expect((await stored(own.id)).main._status).toBe('draft')
    expect((await step(reviewerB, own.id, 'publish'))._status).toBe('published')
  })

  it('lets a reviewer fix a submitted draft; it goes back to the writer to submit again', async () => {
    const draft = await draftBy('审核员加一个关键词')
    await step(editor, draft.id, 'submit')
    const edited = await editDraft(draft.id, { summary: '摘要，加了关键词“优生”。' }, reviewerA)
    expect(edited.deskState).toBe('draft')
    await expect(step(reviewerA, draft.id, 'publish')).rejects.toThrow(/^409 /)
    await step(editor, draft.id, 'submit')
    // The editor confirmed the reviewer's keyword by submitting: the reviewer may now publish it.
    expect(await step(reviewerA, draft.id, 'publish')).toMatchObject({ _status: 'published', summary: '摘要，加了关键词“优生”。' })
  })

  it('refuses an untitled draft, and the create view saves nothing by itself (no autosave)', async () => {
    await expect(
      payload.create({ collection: COLLECTION, data: { kind: 'story' } as never, draft: true, ...as(editor) }),
    ).rejects.toThrow(EMPTY_DRAFT)
    for (const slug of ['policy-notices', 'outreach-articles', 'events', 'health-topics', 'service-stations'] as const) {
      const drafts = payload.collections[slug].config.versions?.drafts
      expect(drafts && typeof drafts === 'object' ? drafts.autosave : false, slug).toBeFalsy()
    }
  })
})

describe('no other way to publish', () => {
  it('refuses a reviewer’s direct publish on the local API, REST and GraphQL, and saves nothing', async () => {
    const draft = await draftBy('直接发布被拒绝')
    await step(editor, draft.id, 'submit')
    await expect(payload.update({ collection: COLLECTION, id: draft.id, data: { _status: 'published' }, ...as(reviewerA) })).rejects.toThrow(DESK_ONLY)
    await expect(
      payload.create({ collection: COLLECTION, data: { title: '直接新建发布', kind: 'story', summary: '摘要。', body: lexicalParagraphs(['正文。']), _status: 'published' }, ...as(admin) }),
    ).rejects.toThrow(DESK_ONLY)

    const jwt = await token(reviewerA)
    const patched = await rest('PATCH', `/${COLLECTION}/${draft.id}`, { token: jwt, body: { title: '经 REST 直接发布', _status: 'published' } })
    expect(patched.status).toBe(403)
    expect(JSON.stringify(patched.json)).toContain('审核台')

    const mutation = await graphql(`mutation { updateOutreachArticle(id: ${draft.id}, data: { title: "经 GraphQL 发布", _status: published }) { id } }`, jwt)
    expect(JSON.stringify(mutation.json.errors)).toContain('审核台')

    const after = await stored(draft.id)
    expect(after.main._status).toBe('draft')
    expect(after.latest).toMatchObject({ title: '直接发布被拒绝', deskState: 'submitted' })
    expect((await payload.count({ collection: COLLECTION, where: { title: { equals: '直接新建发布' } } })).totalDocs).toBe(0)
  })

  it('refuses a direct unpublish, a forged desk state and restoring an old version as published', async () => {
    const draft = await draftBy('已发布的文章')
    await step(editor, draft.id, 'submit')
    await step(reviewerA, draft.id, 'publish')
    await expect(payload.update({ collection: COLLECTION, id: draft.id, data: { _status: 'draft' }, ...as(reviewerB) })).rejects.toThrow(DESK_ONLY)
    const forged = await editDraft(draft.id, { summary: '改了摘要', deskState: 'approved', submittedBy: reviewerB.id } as never, editor)
    expect(forged).toMatchObject({ deskState: 'draft' })
    expect(idOf(forged.submittedBy)).toBe(editor.id)

    const versions = await payload.findVersions({ collection: COLLECTION, where: { parent: { equals: draft.id }, 'version._status': { equals: 'published' } } })
    await expect(payload.restoreVersion({ collection: COLLECTION, id: versions.docs[0].id, ...as(reviewerB) })).rejects.toThrow()
    expect((await stored(draft.id)).main).toMatchObject({ _status: 'published', summary: '摘要。' })
  })

  it('lets the system (seed, an operator’s script) publish, recorded as published', async () => {
    const created = await payload.create({ collection: COLLECTION, data: { title: '系统发布', kind: 'story', summary: '摘要。', body: lexicalParagraphs(['正文。']), _status: 'published' } })
    expect(created).toMatchObject({ _status: 'published', deskState: 'published' })
  })
})

describe('the REST endpoint', () => {
  it('takes the steps for signed-in staff only, with Chinese refusals and no 500', async () => {
    const draft = await draftBy('经 REST 提交')
    const path = (action: string) => `/${COLLECTION}/${draft.id}/actions/${action}`
    expect((await rest('POST', path('submit'), { body: {} })).status).toBe(401)
    const editorJwt = await token(editor)
    const reviewerJwt = await token(reviewerA)
    expect((await rest('POST', path('delete'), { token: editorJwt, body: {} })).status).toBe(404)
    expect((await rest('POST', path('publishScheduled'), { token: reviewerJwt, body: {} })).status).toBe(404)
    expect((await rest('POST', `/${COLLECTION}/999999/actions/submit`, { token: editorJwt, body: {} })).status).toBe(404)

    const submitted = await rest('POST', path('submit'), { token: editorJwt, body: { note: 42 } })
    expect(submitted.status, JSON.stringify(submitted.json)).toBe(200)
    expect(submitted.json.state).toBe('submitted')
    const refused = await rest('POST', path('publish'), { token: editorJwt, body: {} })
    expect(refused.status).toBe(403)
    expect(refused.json.error).toBe(DESK_MESSAGES.notAllowed('发布'))
    const badTime = await rest('POST', path('schedule'), { token: reviewerJwt, body: { at: '明天' } })
    expect(badTime).toMatchObject({ status: 400, json: { error: DESK_MESSAGES.time } })
    const published = await rest('POST', path('publish'), { token: reviewerJwt, body: {} })
    expect(published.status).toBe(200)
    expect(published.json.doc._status).toBe('published')
    const audit = await payload.find({ collection: 'audit-log', where: { and: [{ action: { like: 'publishing.' } }, { targetId: { equals: String(draft.id) } }] } })
    expect(audit.docs.map((entry) => entry.action).sort()).toEqual(['publishing.publish', 'publishing.submit'])
  })
})

describe('withdrawing, unpublishing and restoring', () => {
  it('are one reviewer’s single steps with a public reason, even on a page that reviewer wrote', async () => {
    const draft = await draftBy('将被撤回的文章', reviewerA)
    await step(reviewerA, draft.id, 'submit')
    await step(reviewerB, draft.id, 'publish')

    await expect(step(reviewerA, draft.id, 'withdraw', {})).rejects.toThrow(DESK_MESSAGES.publicReason('撤回'))
    await expect(step(editor, draft.id, 'withdraw', { reason: '已过期' })).rejects.toThrow(/^403 /)
    const withdrawn = await step(reviewerA, draft.id, 'withdraw', { reason: '活动已取消。' })
    expect(withdrawn).toMatchObject({ _status: 'published', deskState: 'withdrawn', withdrawal: { withdrawn: true, reason: '活动已取消。' } })
    expect((await visitorSees(draft.id))?.withdrawal).toMatchObject({ withdrawn: true, reason: '活动已取消。' })

    const restored = await step(reviewerA, draft.id, 'restore', { reason: '活动改期后恢复举行。' })
    expect(restored).toMatchObject({ deskState: 'published', withdrawal: { withdrawn: false } })
    expect((restored.changeNotes as { note: string }[]).map((note) => note.note)).toEqual(['恢复发布：活动改期后恢复举行。'])

    await expect(step(reviewerA, draft.id, 'unpublish', { reason: '已合并', replacementPath: '//evil.example' })).rejects.toThrow(DESK_MESSAGES.replacement)
    const unpublished = await step(reviewerA, draft.id, 'unpublish', { reason: '内容已合并到新文章。', replacementPath: '/outreach' })
    expect(unpublished).toMatchObject({ _status: 'draft', deskState: 'unpublished', unpublishReason: '内容已合并到新文章。', replacementPath: '/outreach' })
    expect(await visitorSees(draft.id)).toBeNull()
    const retired = await payload.find({ collection: 'retired-addresses', where: { target: { equals: '/outreach' } }, overrideAccess: true })
    expect(retired.docs.some((row) => String(row.path).startsWith('/outreach/'))).toBe(true)

    expect((await step(reviewerB, draft.id, 'restore', { reason: '按读者要求恢复。' }))._status).toBe('published')
  })

  it('withdraws the public text and keeps a newer draft under review as it was', async () => {
    const draft = await draftBy('有新草稿的已发布文章')
    await step(editor, draft.id, 'submit')
    await step(reviewerA, draft.id, 'publish')
    await editDraft(draft.id, { summary: '尚未审核的新摘要。' }, editor)
    await step(editor, draft.id, 'submit')

    await step(reviewerB, draft.id, 'withdraw', { reason: '政策调整中，暂停参考。' })
    const after = await stored(draft.id)
    expect(after.main).toMatchObject({ _status: 'published', summary: '摘要。', deskState: 'withdrawn' })
    expect(after.latest).toMatchObject({ _status: 'draft', summary: '尚未审核的新摘要。', deskState: 'submitted' })
    expect(idOf(after.latest.lastEditedBy)).toBe(editor.id)
  })
})

describe('scheduling', () => {
  const pendingJobs = (id: number) =>
    payload.count({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: DESK_SCHEDULE_TASK } }, { 'input.docId': { equals: String(id) } }] } })

  it('publishes at the Beijing minute chosen, not before, as the scheduler', async () => {
    const draft = await draftBy('定时发布的文章')
    await step(editor, draft.id, 'submit')
    // Payload finds the newest version by its time: the clock only moves forward here.
    const start = Math.ceil(Date.now() / 60_000) * 60_000
    vi.useFakeTimers({ toFake: ['Date'], now: start })
    await expect(step(reviewerA, draft.id, 'schedule', { at: formatBeijingMinute(new Date(start).toISOString()) })).rejects.toThrow(DESK_MESSAGES.timePast)
    const at = new Date(start + 2 * HOUR).toISOString()
    const scheduled = await step(reviewerA, draft.id, 'schedule', { at: formatBeijingMinute(at).replace(' ', 'T') })
    expect(scheduled).toMatchObject({ deskState: 'scheduled', scheduledAt: at })
    expect((await pendingJobs(draft.id)).totalDocs).toBe(1)

    vi.setSystemTime(start + HOUR)
    // The subscription mailings queued by this file's earlier publishes run in the same batch, in
    // parallel with the scheduled publish (on SQLite that pair once left the file locked).
    await payload.jobs.run()
    expect((await stored(draft.id)).main._status).toBe('draft')

    vi.setSystemTime(start + 2 * HOUR + 1000)
    await payload.jobs.run()
    const live = (await stored(draft.id)).main
    expect(live).toMatchObject({ _status: 'published', deskState: 'published', scheduledAt: null })
    expect(idOf(live.approvedBy)).toBe(reviewerA.id)
  })

  it('drops the schedule when the text is edited or the schedule cancelled', async () => {
    const draft = await draftBy('定时后又修改')
    await step(editor, draft.id, 'submit')
    await step(reviewerA, draft.id, 'schedule', { at: new Date(Date.now() + 2 * HOUR).toISOString().slice(0, 17) + '00Z' })
    expect((await pendingJobs(draft.id)).totalDocs).toBe(1)
    expect((await editDraft(draft.id, { summary: '定时之后的修改。' }, editor)).deskState).toBe('draft')
    expect((await pendingJobs(draft.id)).totalDocs).toBe(0)

    await step(editor, draft.id, 'submit')
    await step(reviewerA, draft.id, 'schedule', { at: new Date(Date.now() + 2 * HOUR).toISOString().slice(0, 17) + '00Z' })
    expect((await step(reviewerB, draft.id, 'unschedule')).deskState).toBe('approved')
    expect((await pendingJobs(draft.id)).totalDocs).toBe(0)
  })
})

describe('publishing without review', () => {
  it('is an administrator’s step with a reason, flagged until another reviewer confirms it', async () => {
    const draft = await draftBy('紧急通知', admin)
    await expect(step(reviewerA, draft.id, 'forcePublish', { reason: '紧急' })).rejects.toThrow(/^403 /)
    await expect(step(admin, draft.id, 'forcePublish', {})).rejects.toThrow(DESK_MESSAGES.forceReason)
    const forced = await step(admin, draft.id, 'forcePublish', { reason: '防疫紧急通知，须立即发布。' })
    expect(forced).toMatchObject({ _status: 'published', deskState: 'published', awaitingReview: true })
    expect(idOf(forced.forcedBy)).toBe(admin.id)
    await expect(step(admin, draft.id, 'confirm')).rejects.toThrow(DESK_MESSAGES.ownForce)
    const confirmed = await step(reviewerA, draft.id, 'confirm')
    expect(confirmed).toMatchObject({ awaitingReview: false, forcePublishReason: null })
    expect(idOf(confirmed.approvedBy)).toBe(reviewerA.id)
  })
})

describe('the queues', () => {
  it('give each person their drafts, submissions to review (with author and time), returns, schedules and unreviewed pages, with counts', async () => {
    const writer = (await payload.create({ collection: 'users', data: { email: 'writer@queues.test', password: STAFF_PASSWORD, name: '张编辑', roles: ['editor'] } })) as User
    const checker = (await payload.create({ collection: 'users', data: { email: 'checker@queues.test', password: STAFF_PASSWORD, name: '李审核', roles: ['reviewer'] } })) as User
    const mine = await draftBy('队列：我的草稿', writer)
    const submitted = await draftBy('队列：待审核', writer)
    await step(writer, submitted.id, 'submit', { note: '请审核。' })
    const returned = await draftBy('队列：已退回', writer)
    await step(writer, returned.id, 'submit')
    await step(checker, returned.id, 'return', { remark: '请补充活动地点。' })
    const scheduled = await draftBy('队列：已定时', writer)
    await step(writer, scheduled.id, 'submit')
    await step(checker, scheduled.id, 'schedule', { at: new Date(Date.now() + 3 * HOUR).toISOString().slice(0, 17) + '00Z' })
    const ownByChecker = await draftBy('队列：审核员本人提交', checker)
    await step(checker, ownByChecker.id, 'submit')

    const forWriter = await deskQueues(payload, writer)
    const ids = (list: { items: { id: unknown; title: string }[] }) => list.items.map((item) => item.title)
    expect(ids(forWriter.myDrafts)).toEqual(['队列：我的草稿'])
    expect(forWriter.myDrafts.count).toBe(1)
    expect(forWriter.awaitingMyReview.count).toBe(0)
    expect(ids(forWriter.returned)).toEqual(['队列：已退回'])
    expect(forWriter.returned.items[0].remark).toBe('请补充活动地点。')

    const forChecker = await deskQueues(payload, checker)
    const review = forChecker.awaitingMyReview.items.filter((item) => item.title.startsWith('队列：'))
    expect(review.map((item) => item.title)).toEqual(['队列：待审核'])
    expect(review[0]).toMatchObject({ collection: COLLECTION, id: submitted.id, author: '张编辑', submitter: '张编辑' })
    expect(Date.parse(review[0].submittedAt!)).toBeGreaterThan(Date.now() - 60_000)
    expect(forChecker.scheduled.items.map((item) => item.title)).toContain('队列：已定时')
    expect(forChecker.myDrafts.items.map((item) => item.title)).not.toContain('队列：我的草稿')
    expect(JSON.stringify(forChecker)).not.toContain('@queues.test')
    expect(mine.deskState).toBe('draft')

    const forced = await draftBy('队列：未经审核发布', admin)
    await step(admin, forced.id, 'forcePublish', { reason: '紧急。' })
    expect((await deskQueues(payload, checker)).unreviewed.items.map((item) => item.title)).toContain('队列：未经审核发布')
  })
})
