import config from '@payload-config'
import { createLocalReq, getPayload, type Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { OutreachArticle, User } from '@/payload-types'
import { graphql, rest } from './helpers/api-client'
import { as, publishingTeam, STAFF_PASSWORD } from './helpers/staff-accounts'
import { publishThroughDesk } from './helpers/desk'
import { DESK_ONLY } from '@/platform/publishing/review/hooks'
import { lexicalParagraphs } from '@/seed/lexical-paragraphs'

/**
 * The review half of the publishing workflow, through the local API (as the user, with
 * overrideAccess: false) and REST: editors write drafts and the record of who edited is the
 * server's; a person publishes only through the desk (its steps, scheduling and publishing without
 * review: publishing-desk.int.spec.ts); only substantive changes leave a public note.
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

/** The editor submits, `reviewer` publishes through the desk. */
const publishReviewed = (id: number, reviewer: User = reviewerA) => publishThroughDesk(payload, COLLECTION, id, editor, reviewer)

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

    // Payload's admin asks this to show its own 发布 and 定时发布: nobody gets them (the desk's buttons replace them).
    const update = payload.collections[COLLECTION].config.access.update
    const ask = async (user: User) =>
      update({ req: await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload), data: { _status: 'published' } } as never)
    expect(await ask(editor)).toBe(false)
    expect(await ask(reviewerA)).toBe(false)
  })

  it('refuses an editor who changes a published page without a draft (that would publish the change)', async () => {
    const draft = await draftBy('已发布页面')
    await publishReviewed(draft.id)
    await expect(payload.update({ collection: COLLECTION, id: draft.id, data: { title: '绕过草稿直接改' }, ...as(editor) })).rejects.toThrow(
      /只有审核员或管理员可以发布/,
    )
    expect((await stored(draft.id)).main.title).toBe('已发布页面')
  })

  it('lets a reviewer publish an editor’s draft through the desk and records the approval', async () => {
    const draft = await draftBy('审核员发布编辑的稿件')
    const published = await publishReviewed(draft.id)
    expect(published._status).toBe('published')
    expect(idOf(published.approvedBy)).toBe(reviewerA.id)
    expect(published.approvedAt).toBeTruthy()
    expect(idOf(published.lastEditedBy)).toBe(editor.id)
    expect(published.awaitingReview).toBe(false)
  })

  it('refuses a reviewer who publishes directly, on the local API and REST', async () => {
    const draft = await draftBy('审核员直接发布')
    await expect(publish(draft.id, reviewerB)).rejects.toThrow(DESK_ONLY)
    const jwt = await token(reviewerB)
    const response = await rest('PATCH', `/${COLLECTION}/${draft.id}`, { token: jwt, body: { _status: 'published' } })
    expect(response.status).toBe(403)
    expect(JSON.stringify(response.json)).toContain('审核台')
    expect((await stored(draft.id)).main._status).toBe('draft')
  })

  it('lets an editor restore an old version as a draft, not publish it', async () => {
    const draft = await draftBy('恢复旧版本')
    await publishReviewed(draft.id)
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

  it('refuses whoever creates and publishes in one step', async () => {
    await expect(
      payload.create({ collection: COLLECTION, data: { title: '审核员自写自发', kind: 'story', summary: '摘要。', body: richText('正文。'), _status: 'published' }, ...as(reviewerA) }),
    ).rejects.toThrow(DESK_ONLY)
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

describe('public change notes', () => {
  it('adds a dated note only when a substantive change is published, and never removes one', async () => {
    const draft = await draftBy('修改记录测试')
    const first = await publishReviewed(draft.id)
    expect(first.changeNotes ?? []).toEqual([])

    await editDraft(draft.id, { summary: '改正一个错别字。', changeKind: 'minor' }, editor)
    expect(((await publishReviewed(draft.id)).changeNotes as unknown[] | undefined) ?? []).toEqual([])

    await editDraft(draft.id, { summary: '服务时间调整。', changeKind: 'substantive' }, editor)
    await expect(publishReviewed(draft.id)).rejects.toThrow(/请填写修改说明/)

    const note = '服务时间调整为周一至周五 8:30-17:30。'
    const noted = await editDraft(draft.id, { changeKind: 'substantive', changeNote: note }, editor)
    expect(noted.changeNotes ?? []).toEqual([])
    await publishReviewed(draft.id)
    const published = (await stored(draft.id)).main
    expect(published.changeNotes).toHaveLength(1)
    expect(published.changeNotes![0].note).toBe(note)
    expect(Math.abs(Date.parse(published.changeNotes![0].date) - Date.now())).toBeLessThan(60_000)
    expect(published.changeKind).toBe('minor')
    expect(published.changeNote ?? null).toBeNull()

    // Notes only grow: a save that sends none, or a forged one, changes nothing.
    await editDraft(draft.id, { changeNotes: [{ date: '2001-01-01T00:00:00.000Z', note: '伪造的记录' }] } as never, editor)
    await publishReviewed(draft.id)
    const again = (await stored(draft.id)).main
    expect(again.changeNotes!.map((item) => item.note)).toEqual([note])

    // Visitors read the notes, but not who edited or approved.
    const visitor = await payload.findByID({ collection: COLLECTION, id: draft.id, overrideAccess: false, user: null })
    expect(visitor.changeNotes!.map((item) => item.note)).toEqual([note])
    expect(visitor).not.toHaveProperty('approvedBy')
    expect(visitor).not.toHaveProperty('lastEditedBy')
  })
})
