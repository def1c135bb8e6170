import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { User } from '@/payload-types'
import { feedOutreach } from '@/platform/feeds/feed-queries'
import { getOutreachBySlug, listOutreach } from '@/features/outreach/server/outreach-queries'
import { publishedSlugs } from '@/platform/content/published-slugs'
import { searchSite } from '@/features/search/server/query'
import { rest } from './helpers/api-client'
import { as, publishingTeam, STAFF_PASSWORD } from './helpers/staff-accounts'
import { deskStep, publishThroughDesk } from './helpers/desk'
import { lexicalParagraphs } from '@/seed/lexical-paragraphs'

/**
 * The withdrawal half of the publishing workflow through the local API (as the user, with
 * overrideAccess: false) and REST: a withdrawn page stays readable with its reason but leaves
 * lists, feeds, the sitemap's slugs and the search index; unpublishing or deleting a published
 * page leaves a 410 or a redirect, and republishing clears it; visitors never read drafts.
 */

let payload: Payload
let admin: User
let editor: User
let reviewerA: User
let reviewerB: User
const COLLECTION = 'outreach-articles' as const

const richText = (text: string) => lexicalParagraphs([text])

const visitor = { user: null, overrideAccess: false } as const

/** An article an editor wrote and reviewer A published. */
async function publishedArticle(title: string) {
  const draft = await payload.create({
    collection: COLLECTION,
    data: { title, kind: 'story', summary: `${title}的摘要。`, body: richText(`${title}的正文，关于婚育新风。`) },
    draft: true,
    ...as(editor),
  })
  return republish(draft.id)
}

/** The editor submits what is in the draft, reviewer A publishes it (through the desk). */
async function republish(id: number) {
  await publishThroughDesk(payload, COLLECTION, id, editor, reviewerA)
  return payload.findByID({ collection: COLLECTION, id, depth: 0 })
}

async function withdraw(id: number, reason: string, user: User = reviewerB) {
  await deskStep(payload, user, COLLECTION, id, 'withdraw', { reason })
  return payload.findByID({ collection: COLLECTION, id, depth: 0 })
}

const unpublish = (id: number, replacementPath?: string) =>
  deskStep(payload, reviewerB, COLLECTION, id, 'unpublish', { reason: '内容已过时。', replacementPath })

const retirementOf = async (path: string) =>
  (await payload.find({ collection: 'retired-addresses', where: { path: { equals: path } }, limit: 1, overrideAccess: true })).docs[0]

const indexed = async (id: number) =>
  (await payload.count({ collection: 'search-documents', where: { source: { equals: `${COLLECTION}:${id}` } }, overrideAccess: true })).totalDocs

beforeAll(async () => {
  payload = await getPayload({ config })
  ;({ admin, editor, reviewerA, reviewerB } = await publishingTeam(payload, 'withdrawal.test'))
})

describe('withdrawal', () => {
  it('keeps the page readable with its reason and date, and takes it out of lists, feeds, slugs and search', async () => {
    const article = await publishedArticle('撤回测试文章甲')
    const other = await publishedArticle('撤回测试文章乙')
    expect(await indexed(article.id)).toBe(1)
    expect((await listOutreach({ page: 1 })).docs.map((d) => d.id)).toContain(article.id)

    const before = Date.now()
    const withdrawn = await withdraw(article.id, '  活动安排已调整，请以最新通知为准。 ')
    expect(withdrawn.withdrawal?.withdrawn).toBe(true)
    expect(withdrawn.withdrawal?.reason).toBe('活动安排已调整，请以最新通知为准。')
    expect(new Date(withdrawn.withdrawal!.withdrawnAt!).getTime()).toBeGreaterThanOrEqual(before - 1000)

    const page = await getOutreachBySlug(article.slug!)
    expect(page?.id).toBe(article.id)
    expect(page?.withdrawal?.withdrawn).toBe(true)
    expect(page?.withdrawal?.reason).toBe('活动安排已调整，请以最新通知为准。')

    const listed = (await listOutreach({ page: 1 })).docs.map((d) => d.id)
    expect(listed).not.toContain(article.id)
    expect(listed).toContain(other.id)
    const feed = (await feedOutreach()).map((d) => d.id)
    expect(feed).not.toContain(article.id)
    expect(feed).toContain(other.id)
    const slugs = (await publishedSlugs(COLLECTION, '-publishedAt', 500)).map((d) => d.slug)
    expect(slugs).not.toContain(article.slug)
    expect(slugs).toContain(other.slug)
    expect(await indexed(article.id)).toBe(0)
    expect(await indexed(other.id)).toBe(1)
    const found = await searchSite('撤回测试文章', { page: 1 })
    expect(JSON.stringify(found)).not.toContain(`/outreach/${article.slug}`)

    // Not a retirement: the address still serves the page.
    expect(await retirementOf(`/outreach/${article.slug}`)).toBeUndefined()
  })

  it('sets the date on the server, refuses a direct re-save, and clears everything when restored', async () => {
    const article = await publishedArticle('撤回日期测试')
    const first = await withdraw(article.id, '原因一。')
    await expect(
      payload.update({ collection: COLLECTION, id: article.id, data: { _status: 'published', withdrawal: { withdrawn: true, reason: '原因二。', withdrawnAt: '2001-01-01T00:00:00.000Z' } }, ...as(reviewerB) }),
    ).rejects.toThrow('审核台')
    expect((await payload.findByID({ collection: COLLECTION, id: article.id })).withdrawal?.withdrawnAt).toBe(first.withdrawal?.withdrawnAt)
    await deskStep(payload, reviewerB, COLLECTION, article.id, 'restore', { reason: '误撤回，恢复。' })
    const restored = await payload.findByID({ collection: COLLECTION, id: article.id })
    expect(restored.withdrawal).toMatchObject({ withdrawn: false, withdrawnAt: null, reason: null })
    expect((await listOutreach({ page: 1 })).docs.map((d) => d.id)).toContain(article.id)
    expect(await indexed(article.id)).toBe(1)
  })

  it('asks for a public reason, and only reviewers and administrators can withdraw', async () => {
    const article = await publishedArticle('撤回原因必填')
    await expect(withdraw(article.id, '   ')).rejects.toThrow('请填写向公众说明的撤回原因。')
    await expect(withdraw(article.id, '编辑想撤回。', editor)).rejects.toThrow('您的账号不能“撤回”')

    // An editor's attempt is ignored (field access): the draft they save is not withdrawn.
    const draft = await payload.update({ collection: COLLECTION, id: article.id, data: { summary: '编辑改了摘要。', withdrawal: { withdrawn: true, reason: '编辑想撤回。' } }, draft: true, ...as(editor) })
    expect(draft.withdrawal?.withdrawn).toBeFalsy()
    const token = (await payload.login({ collection: 'users', data: { email: editor.email, password: STAFF_PASSWORD } })).token
    const response = await rest('PATCH', `/${COLLECTION}/${article.id}?draft=true`, { token, body: { withdrawal: { withdrawn: true, reason: '经 REST 撤回。' } } })
    expect(response.json?.doc?.withdrawal?.withdrawn ?? false).toBe(false)
    expect((await getOutreachBySlug(article.slug!))?.withdrawal?.withdrawn).toBeFalsy()
  })
})

describe('retired addresses', () => {
  it('unpublishing leaves a 410 at the old address, republishing there removes it', async () => {
    const article = await publishedArticle('下线测试')
    const path = `/outreach/${article.slug}`
    await unpublish(article.id)
    expect(await getOutreachBySlug(article.slug!)).toBeNull()
    expect(await retirementOf(path)).toMatchObject({ path, status: '410', target: null, reason: '内容已过时。', source: `${COLLECTION}:${article.id}` })
    expect(await indexed(article.id)).toBe(0)
    // The 410 page names the reviewer's public reason; an address that is not retired gets nothing.
    const { retiredNotice } = await import('@/platform/publishing/withdrawal/retired-notice')
    expect(await retiredNotice(path)).toMatchObject({ reason: '内容已过时。', retiredAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) })
    expect(await retiredNotice('/outreach/never-was')).toBeNull()
    expect(await retiredNotice('//evil.example')).toBeNull()

    // What the server's proxy reads, as an anonymous request.
    const publicList = await rest('GET', '/retired-addresses?limit=0&pagination=false&depth=0')
    expect(publicList.status).toBe(200)
    expect(publicList.json.docs.map((d: { path: string }) => d.path)).toContain(path)
    // …but only reviewers and administrators change it.
    expect((await rest('POST', '/retired-addresses', { body: { path: '/x', status: '410' } })).status).toBe(403)

    // A draft save by an editor is not a republication.
    await payload.update({ collection: COLLECTION, id: article.id, data: { summary: '改后重新提交。' }, draft: true, ...as(editor) })
    expect(await retirementOf(path)).toBeDefined()

    await republish(article.id)
    expect(await retirementOf(path)).toBeUndefined()
    expect((await getOutreachBySlug(article.slug!))?.summary).toBe('改后重新提交。')
  })

  it('a draft saved after publishing does not retire the published address', async () => {
    const article = await publishedArticle('草稿不影响已发布')
    await payload.update({ collection: COLLECTION, id: article.id, data: { title: '草稿不影响已发布（修改中）' }, draft: true, ...as(editor) })
    expect(await retirementOf(`/outreach/${article.slug}`)).toBeUndefined()
    expect((await getOutreachBySlug(article.slug!))?.title).toBe('草稿不影响已发布')
  })

  it('unpublishing with a replacement chosen by staff redirects there (308)', async () => {
    const replacement = await publishedArticle('替代文章')
    const article = await publishedArticle('被替代文章')
    await unpublish(article.id, `/outreach/${replacement.slug}`)
    expect(await retirementOf(`/outreach/${article.slug}`)).toMatchObject({ status: '308', target: `/outreach/${replacement.slug}` })
  })

  it('refuses a replacement on another site when publishing, and never redirects there', async () => {
    const article = await publishedArticle('外站替代地址')
    // Drafts skip validation, but publishing is a real save: refused, nothing retired.
    await payload.update({ collection: COLLECTION, id: article.id, data: { replacementPath: 'https://evil.example/x' }, draft: true, ...as(editor) })
    await expect(republish(article.id)).rejects.toThrow('替代地址')
    await expect(unpublish(article.id, '//evil.example/x')).rejects.toThrow('替代地址')
    expect(await retirementOf(`/outreach/${article.slug}`)).toBeUndefined()
  })

  it('deleting a published page leaves a 410, or a redirect to its replacement; deleting a draft leaves nothing', async () => {
    const gone = await publishedArticle('删除测试')
    await payload.delete({ collection: COLLECTION, id: gone.id, ...as(admin) })
    expect(await retirementOf(`/outreach/${gone.slug}`)).toMatchObject({ status: '410' })

    const target = await publishedArticle('删除后的替代')
    const moved = await publishedArticle('删除并跳转')
    await payload.update({ collection: COLLECTION, id: moved.id, data: { replacementPath: `/outreach/${target.slug}` }, draft: true, ...as(editor) })
    await republish(moved.id)
    await payload.delete({ collection: COLLECTION, id: moved.id, ...as(admin) })
    expect(await retirementOf(`/outreach/${moved.slug}`)).toMatchObject({ status: '308', target: `/outreach/${target.slug}` })

    const draft = await payload.create({ collection: COLLECTION, data: { title: '从未发布', kind: 'story', summary: '摘要。', body: richText('正文。') }, draft: true, ...as(editor) })
    await payload.delete({ collection: COLLECTION, id: draft.id, ...as(admin) })
    expect(await retirementOf(`/outreach/${draft.slug}`)).toBeUndefined()
  })
})

describe('drafts and visitors', () => {
  it('a visitor asking for drafts gets only what is published', async () => {
    const draft = await payload.create({ collection: COLLECTION, data: { title: '访客看不到的草稿', kind: 'story', summary: '摘要。', body: richText('正文。') }, draft: true, ...as(editor) })
    const asked = await payload.find({ collection: COLLECTION, where: { id: { equals: draft.id } }, draft: true, ...visitor })
    expect(asked.docs).toHaveLength(0)

    const article = await publishedArticle('已发布并有新草稿')
    await payload.update({ collection: COLLECTION, id: article.id, data: { title: '尚未审核的新标题' }, draft: true, ...as(editor) })
    const seen = await payload.find({ collection: COLLECTION, where: { id: { equals: article.id } }, draft: true, ...visitor })
    expect(seen.docs.map((d) => d.title)).not.toContain('尚未审核的新标题')
    expect((await rest('GET', `/${COLLECTION}/${article.id}?draft=true`)).json?.title).not.toBe('尚未审核的新标题')

    // Staff reading with draft: true (what the preview does) see the latest draft.
    const staffView = await payload.find({ collection: COLLECTION, where: { slug: { equals: article.slug } }, draft: true, ...as(editor) })
    expect(staffView.docs[0]?.title).toBe('尚未审核的新标题')
  })
})
