import config from '@payload-config'
import { createLocalReq, getPayload, type Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { OutreachArticle, User } from '@/payload-types'
import { graphql, rest } from './helpers/api-client'
import { as, publishingTeam, STAFF_PASSWORD } from './helpers/staff-accounts'
import { lexicalParagraphs } from '@/seed/lexical-paragraphs'

/**
 * The review half of the publishing workflow, through the local API (as the user, with
 * overrideAccess: false), REST and the real job queue: editors write drafts, a reviewer who did
 * not make the last edit publishes, an administrator may publish their own edit only with a reason
 * (flagged until another reviewer approves), scheduled publishing runs as the scheduler, and only
 * substantive changes leave a public note.
 */

let payload: Payload
let admin: User
let editor: User
let reviewerA: User
let reviewerB: User
const COLLECTION = 'outreach-articles' as const
const HOUR = 3_600_000

const richText = (text: string) => lexicalParagraphs([text])

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: number }).id : value)

/** A draft written by `author` (the editor unless said otherwise). */
const draftBy = (title: string, author: User = editor) =>
  payload.create({
    collection: COLLECTION,
    data: { title, kind: 'story', summary: '摘要。', body: richText('正文。') },
    draft: true,
    ...as(author),
  })

const editDraft = (id: number, data: Partial<OutreachArticle>, user: User) =>
  payload.update({ collection: COLLECTION, id, data, draft: true, ...as(user) })

const publish = (id: number, user: User, data: Partial<OutreachArticle> = {}) =>
  payload.update({ collection: COLLECTION, id, data: { ...data, _status: 'published' }, ...as(user) })

/** The document as stored: the main row (what the public sees) and the latest draft. */
const stored = async (id: number) => ({
  main: await payload.findByID({ collection: COLLECTION, id, depth: 0 }),
  latest: await payload.findByID({ collection: COLLECTION, id, depth: 0, draft: true }),
})

const token = async (user: User) =>
  (await payload.login({ collection: 'users', data: { email: user.email, password: STAFF_PASSWORD } })).token!

beforeAll(async () => {
  payload = await getPayload({ config })
  ;({ admin, editor, reviewerA, reviewerB } = await publishingTeam(payload, 'review.test'))
})

afterEach(() => {
  vi.useRealTimers()
})

describe('the reviewer rule', () => {
  it('records the last editor on every draft save, whatever the request sends', async () => {
    const draft = await draftBy('记录最后修改人')
    expect(idOf(draft.lastEditedBy)).toBe(editor.id)
    expect(draft.lastEditedAt).toBeTruthy()
    const edited = await editDraft(draft.id, { summary: '审核员改过。', lastEditedBy: editor.id, approvedBy: reviewerB.id, awaitingReview: true }, reviewerA)
    expect(idOf(edited.lastEditedBy)).toBe(reviewerA.id)
    expect(edited.approvedBy ?? null).toBeNull()
    expect(edited.awaitingReview).toBe(false)
  })

  it('refuses an editor who publishes, through the local API and REST, and saves nothing', async () => {
    const draft = await draftBy('编辑不能发布')
    await expect(publish(draft.id, editor, { title: '编辑试图发布' })).rejects.toThrow(/只有审核员或管理员可以发布/)
    await expect(
      payload.create({ collection: COLLECTION, data: { title: '直接发布', kind: 'story', summary: '摘要。', body: richText('正文。'), _status: 'published' }, ...as(editor) }),
    ).rejects.toThrow(/只有审核员或管理员可以发布/)

    const jwt = await token(editor)
    const response = await rest('PATCH', `/${COLLECTION}/${draft.id}`, { token: jwt, body: { title: '编辑经 REST 发布', _status: 'published' } })
    expect(response.status).toBe(403)
    expect(JSON.stringify(response.json)).toContain('只有审核员或管理员可以发布')

    const mutation = await graphql(`mutation { updateOutreachArticle(id: ${draft.id}, data: { title: "编辑经 GraphQL 发布", _status: published }) { id } }`, jwt)
    expect(JSON.stringify(mutation.json.errors)).toContain('只有审核员或管理员可以发布')

    const after = await stored(draft.id)
    expect(after.main._status).toBe('draft')
    expect(after.latest.title).toBe('编辑不能发布')
    expect((await payload.count({ collection: COLLECTION, where: { title: { equals: '直接发布' } } })).totalDocs).toBe(0)

    // Payload's admin asks this to show 发布 and 定时发布: editors get neither, reviewers both.
    const update = payload.collections[COLLECTION].config.access.update
    const ask = async (user: User) =>
      update({ req: await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload), data: { _status: 'published' } } as never)
    expect(await ask(editor)).toBe(false)
    expect(await ask(reviewerA)).toBe(true)
  })

  it('refuses an editor who changes a published page without a draft (that would publish the change)', async () => {
    const draft = await draftBy('已发布页面')
    await publish(draft.id, reviewerA)
    await expect(payload.update({ collection: COLLECTION, id: draft.id, data: { title: '绕过草稿直接改' }, ...as(editor) })).rejects.toThrow(
      /只有审核员或管理员可以发布/,
    )
    expect((await stored(draft.id)).main.title).toBe('已发布页面')
  })

  it('lets a reviewer publish an editor’s draft and records the approval', async () => {
    const draft = await draftBy('审核员发布编辑的稿件')
    const published = await publish(draft.id, reviewerA)
    expect(published._status).toBe('published')
    expect(idOf(published.approvedBy)).toBe(reviewerA.id)
    expect(published.approvedAt).toBeTruthy()
    expect(idOf(published.lastEditedBy)).toBe(editor.id)
    expect(published.awaitingReview).toBe(false)
  })

  it('refuses a reviewer who approves their own last edit; another reviewer may', async () => {
    const draft = await draftBy('本人修改不能本人审核')
    await editDraft(draft.id, { summary: '审核员甲修改了摘要。' }, reviewerA)
    await expect(publish(draft.id, reviewerA)).rejects.toThrow(/本人最后修改的内容/)
    const jwt = await token(reviewerA)
    const response = await rest('PATCH', `/${COLLECTION}/${draft.id}`, { token: jwt, body: { _status: 'published' } })
    expect(response.status).toBe(403)
    expect(JSON.stringify(response.json)).toContain('不能由您本人审核发布')
    expect((await stored(draft.id)).main._status).toBe('draft')

    const published = await publish(draft.id, reviewerB)
    expect(published._status).toBe('published')
    expect(published.summary).toBe('审核员甲修改了摘要。')
    expect(idOf(published.approvedBy)).toBe(reviewerB.id)
  })

  it('lets an editor restore an old version as a draft, not publish it', async () => {
    const draft = await draftBy('恢复旧版本')
    await publish(draft.id, reviewerA)
    const versions = await payload.findVersions({ collection: COLLECTION, where: { parent: { equals: draft.id }, 'version._status': { equals: 'published' } } })
    const versionId = versions.docs[0].id
    await expect(payload.restoreVersion({ collection: COLLECTION, id: versionId, ...as(editor) })).rejects.toThrow()
    // The admin's 恢复为草稿 (the local API has no draft option for restoring).
    const jwt = await token(editor)
    const restored = await rest('POST', `/${COLLECTION}/versions/${versionId}?draft=true`, { token: jwt })
    expect(restored.status, JSON.stringify(restored.json)).toBe(200)
    const after = await stored(draft.id)
    expect(after.main._status).toBe('published')
    expect(after.latest._status).toBe('draft')
    expect(idOf(after.latest.lastEditedBy)).toBe(editor.id)
  })

  it('counts whoever creates and publishes in one step as the author', async () => {
    await expect(
      payload.create({ collection: COLLECTION, data: { title: '审核员自写自发', kind: 'story', summary: '摘要。', body: richText('正文。'), _status: 'published' }, ...as(reviewerA) }),
    ).rejects.toThrow(/本人最后修改的内容/)
  })

  it('lets the system (seed, operator scripts: no user) publish without recording an approval', async () => {
    const created = await payload.create({
      collection: COLLECTION,
      data: { title: '演示内容', kind: 'story', summary: '摘要。', body: richText('正文。'), _status: 'published' },
    })
    expect(created._status).toBe('published')
    expect(created.approvedBy ?? null).toBeNull()
    expect(created.awaitingReview).toBe(false)
  })
})

describe('publishing without review', () => {
  it('needs an administrator’s reason, flags the page, and clears only on another reviewer’s approval', async () => {
    const draft = await draftBy('管理员未经审核发布', admin)
    await expect(publish(draft.id, admin)).rejects.toThrow(/未经审核发布的理由/)
    await expect(publish(draft.id, admin, { forcePublishReason: '   ' })).rejects.toThrow(/未经审核发布的理由/)
    expect((await stored(draft.id)).main._status).toBe('draft')

    const forced = await publish(draft.id, admin, { forcePublishReason: '防疫紧急通知，须立即发布。' })
    expect(forced._status).toBe('published')
    expect(forced.awaitingReview).toBe(true)
    expect(idOf(forced.forcedBy)).toBe(admin.id)
    expect(forced.forcePublishReason).toBe('防疫紧急通知，须立即发布。')
    expect(forced.approvedBy ?? null).toBeNull()
    const flagged = await payload.find({ collection: COLLECTION, where: { awaitingReview: { equals: true } }, ...as(reviewerA) })
    expect(flagged.docs.map((doc) => doc.id)).toContain(draft.id)

    // A reviewer cannot force, and an editor cannot clear the flag through the data.
    await expect(publish(draft.id, reviewerA, { forcePublishReason: '我也想跳过审核' })).resolves.toMatchObject({ awaitingReview: false })
    // (reviewer A did not write the page: that was an approval, so start again with a new page.)
    const second = await draftBy('第二篇未经审核发布', admin)
    await publish(second.id, admin, { forcePublishReason: '紧急。' })
    await editDraft(second.id, { summary: '编辑补充了摘要。', awaitingReview: false }, editor)
    expect((await stored(second.id)).latest.awaitingReview).toBe(true)
    // The administrator who forced it cannot approve it, even after someone else's edit.
    const republished = await publish(second.id, admin)
    expect(republished.awaitingReview).toBe(true)
    expect(republished.approvedBy ?? null).toBeNull()

    const approved = await publish(second.id, reviewerB)
    expect(approved.awaitingReview).toBe(false)
    expect(idOf(approved.approvedBy)).toBe(reviewerB.id)
    expect(approved.forcePublishReason ?? null).toBeNull()
    const still = await payload.count({ collection: COLLECTION, where: { and: [{ id: { in: [draft.id, second.id] } }, { awaitingReview: { equals: true } }] } })
    expect(still.totalDocs).toBe(0)
  })

  it('ignores a reason from someone who is not an administrator', async () => {
    const draft = await draftBy('审核员写理由无效', reviewerA)
    await expect(publish(draft.id, reviewerA, { forcePublishReason: '理由' })).rejects.toThrow(/不能由您本人审核发布/)
  })
})

describe('scheduled publishing and unpublishing', () => {
  const schedule = (id: number, type: 'publish' | 'unpublish', by: User, at: Date) =>
    payload.jobs.queue({
      task: 'schedulePublish',
      input: { type, doc: { relationTo: COLLECTION, value: id }, user: { relationTo: 'users', value: by.id } },
      waitUntil: at,
    })

  it('publishes at the scheduled time, not before, with the scheduler as the approver; unpublishes likewise', async () => {
    const draft = await draftBy('定时发布的文章')
    const start = Date.now()
    vi.useFakeTimers({ toFake: ['Date'], now: start })
    await schedule(draft.id, 'publish', reviewerA, new Date(start + 2 * HOUR))
    await payload.jobs.run()
    expect((await stored(draft.id)).main._status).toBe('draft')

    vi.setSystemTime(start + HOUR)
    await payload.jobs.run()
    expect((await stored(draft.id)).main._status).toBe('draft')

    vi.setSystemTime(start + 2 * HOUR + 1000)
    await payload.jobs.run()
    const published = (await stored(draft.id)).main
    expect(published._status).toBe('published')
    expect(idOf(published.approvedBy)).toBe(reviewerA.id)
    expect(await payload.find({ collection: COLLECTION, where: { id: { equals: draft.id } }, overrideAccess: false, user: null })).toMatchObject({ totalDocs: 1 })

    await schedule(draft.id, 'unpublish', reviewerB, new Date(start + 5 * HOUR))
    vi.setSystemTime(start + 4 * HOUR)
    await payload.jobs.run()
    expect((await stored(draft.id)).main._status).toBe('published')
    vi.setSystemTime(start + 5 * HOUR + 1000)
    await payload.jobs.run()
    expect((await stored(draft.id)).main._status).toBe('draft')
    expect(await payload.find({ collection: COLLECTION, where: { id: { equals: draft.id } }, overrideAccess: false, user: null })).toMatchObject({ totalDocs: 0 })
  })

  it('does not publish a scheduler’s own last edit, nor a schedule set by an editor', async () => {
    const own = await draftBy('审核员定时发布自己的修改')
    await editDraft(own.id, { summary: '审核员甲的修改。' }, reviewerA)
    const byEditor = await draftBy('编辑定时发布')
    const start = Date.now()
    vi.useFakeTimers({ toFake: ['Date'], now: start })
    await schedule(own.id, 'publish', reviewerA, new Date(start + HOUR))
    await schedule(byEditor.id, 'publish', editor, new Date(start + HOUR))
    vi.setSystemTime(start + 2 * HOUR)
    await payload.jobs.run({ silent: true })
    expect((await stored(own.id)).main._status).toBe('draft')
    expect((await stored(byEditor.id)).main._status).toBe('draft')
  })

  it('drops a scheduled publication when the draft is edited afterwards', async () => {
    const draft = await draftBy('定时后又修改')
    const start = Date.now()
    vi.useFakeTimers({ toFake: ['Date'], now: start })
    const job = await schedule(draft.id, 'publish', reviewerA, new Date(start + HOUR))
    expect(await payload.count({ collection: 'payload-jobs', where: { id: { equals: job.id } } })).toMatchObject({ totalDocs: 1 })
    await editDraft(draft.id, { summary: '定时之后的修改，未经审核。' }, editor)
    const pending = await payload.count({
      collection: 'payload-jobs',
      where: {
        taskSlug: { equals: 'schedulePublish' },
        or: [{ 'input.doc.value': { equals: draft.id } }, { 'input.doc.value': { equals: String(draft.id) } }],
      },
    })
    vi.setSystemTime(start + 2 * HOUR)
    await payload.jobs.run()
    expect((await stored(draft.id)).main._status).toBe('draft')
    expect(pending.totalDocs).toBe(0)
  })

  it('lets reviewers and administrators queue jobs, not editors', async () => {
    const queueAs = async (user: User) =>
      payload.jobs.queue({
        task: 'schedulePublish',
        input: { type: 'publish', doc: { relationTo: COLLECTION, value: 1 }, user: { relationTo: 'users', value: user.id } },
        waitUntil: new Date(Date.now() + 100 * HOUR),
        overrideAccess: false,
        req: await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload),
      })
    await expect(queueAs(editor)).rejects.toThrow()
    await expect(queueAs(reviewerA)).resolves.toBeTruthy()
  })
})

describe('public change notes', () => {
  it('adds a dated note only when a substantive change is published, and never removes one', async () => {
    const draft = await draftBy('修改记录测试')
    const first = await publish(draft.id, reviewerA)
    expect(first.changeNotes ?? []).toEqual([])

    await editDraft(draft.id, { summary: '改正一个错别字。', changeKind: 'minor' }, editor)
    expect((await publish(draft.id, reviewerA)).changeNotes ?? []).toEqual([])

    await editDraft(draft.id, { summary: '服务时间调整。', changeKind: 'substantive' }, editor)
    await expect(publish(draft.id, reviewerA)).rejects.toThrow(/请填写修改说明/)

    const note = '服务时间调整为周一至周五 8:30-17:30。'
    const noted = await editDraft(draft.id, { changeKind: 'substantive', changeNote: note }, editor)
    expect(noted.changeNotes ?? []).toEqual([])
    const published = await publish(draft.id, reviewerA)
    expect(published.changeNotes).toHaveLength(1)
    expect(published.changeNotes![0].note).toBe(note)
    expect(Math.abs(Date.parse(published.changeNotes![0].date) - Date.now())).toBeLessThan(60_000)
    expect(published.changeKind).toBe('minor')
    expect(published.changeNote ?? null).toBeNull()

    // Notes only grow: a save that sends none, or a forged one, changes nothing.
    await editDraft(draft.id, { changeNotes: [{ date: '2001-01-01T00:00:00.000Z', note: '伪造的记录' }] } as never, editor)
    const again = await publish(draft.id, reviewerA, { changeNotes: [] } as never)
    expect(again.changeNotes!.map((item) => item.note)).toEqual([note])

    // Visitors read the notes, but not who edited or approved.
    const visitor = await payload.findByID({ collection: COLLECTION, id: draft.id, overrideAccess: false, user: null })
    expect(visitor.changeNotes!.map((item) => item.note)).toEqual([note])
    expect(visitor).not.toHaveProperty('approvedBy')
    expect(visitor).not.toHaveProperty('lastEditedBy')
  })
})
