import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { findPublishedReplies, REPLIES_PER_PAGE } from '@/features/replies/server/published-replies'
import { listPosition, parseCursor } from '@/platform/content/rules/list-paging'

/**
 * Keyset paging of a public list (留言选登, through findListPage): walking 较早 from the first page
 * shows every reply once, in order, while new replies arrive at the top meanwhile; walking back
 * with 较新 reaches the new ones; several replies on the same day are told apart by id.
 */
let payload: Payload
const KIND = 'suggestion'
const BASE = Date.parse('2021-03-01T02:00:00.000Z')
const DAY = 86_400_000
let serial = 0

async function reply(repliedAt: number) {
  serial += 1
  const at = new Date(repliedAt).toISOString()
  return payload.create({
    collection: 'published-replies',
    data: { kind: KIND, subject: `分页测试 ${serial}`, question: '问题。', answer: '答复。', receivedAt: at, repliedAt: at, source: `list-paging-${serial}-${Date.now()}` },
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
}

const waitForCounts = () => new Promise((resolve) => setTimeout(resolve, 1100))

beforeAll(async () => {
  payload = await getPayload({ config })
  await payload.delete({ collection: 'published-replies', where: { source: { like: 'list-paging-' } }, overrideAccess: true })
  // 35 replies over 20 days: some days have two or three, so the id must break ties.
  for (let i = 0; i < 35; i++) await reply(BASE + Math.floor(i * 0.6) * DAY)
  await waitForCounts()
}, 120_000)

const ids = (docs: { id: number | string }[]) => docs.map((d) => d.id)

describe('keyset paging of a public list', () => {
  it('shows every item once, newest first, while new items arrive at the top', async () => {
    const expected = ids((await payload.find({ collection: 'published-replies', where: { kind: { equals: KIND } }, sort: ['-repliedAt', '-id'], limit: 100, overrideAccess: true })).docs)
    expect(expected.length).toBeGreaterThanOrEqual(35)

    let page = await findPublishedReplies({ page: 1, kind: KIND })
    expect(page.page).toBe(1)
    expect(page.totalDocs).toBe(expected.length)
    const seen = ids(page.docs)
    const arrived: (number | string)[] = []
    while (page.older) {
      // A new reply between two clicks would shift an offset page by one (a repeat); not here.
      arrived.push((await reply(Date.now())).id)
      const position = listPosition({ older: page.older }, 1)
      expect('older' in position).toBe(true)
      page = await findPublishedReplies({ page: 1, kind: KIND, position })
      expect(page.page).toBeNull()
      expect(page.docs.length).toBeLessThanOrEqual(REPLIES_PER_PAGE)
      seen.push(...ids(page.docs))
    }
    expect(seen).toEqual(expected)
    expect(arrived.length).toBe(Math.ceil(expected.length / REPLIES_PER_PAGE) - 1)

    // Back towards the top with 较新: the pages come in order and end with what arrived meanwhile.
    const back: (number | string)[][] = [ids(page.docs)]
    while (page.newer) {
      page = await findPublishedReplies({ page: 1, kind: KIND, position: listPosition({ newer: page.newer }, 1) })
      back.unshift(ids(page.docs))
    }
    expect(back.flat()).toEqual([...arrived.reverse(), ...expected])
  }, 120_000)

  it('goes on at the same place when items are inserted concurrently with the reads', async () => {
    const first = await findPublishedReplies({ page: 1, kind: KIND })
    const cursor = first.older!
    const [after] = await Promise.all([
      findPublishedReplies({ page: 1, kind: KIND, position: { older: parseCursor(cursor)! } }),
      ...Array.from({ length: 5 }, () => reply(Date.now())),
    ])
    const again = await findPublishedReplies({ page: 1, kind: KIND, position: { older: parseCursor(cursor)! } })
    expect(ids(after.docs)).toEqual(ids(again.docs))
    expect(ids(after.docs)).not.toContain(first.docs.at(-1)!.id)
  }, 60_000)

  it('keeps the count for a moment and then follows the inserts', async () => {
    await waitForCounts()
    const before = (await findPublishedReplies({ page: 1, kind: KIND })).totalDocs
    await reply(Date.now())
    await waitForCounts()
    expect((await findPublishedReplies({ page: 1, kind: KIND })).totalDocs).toBe(before + 1)
  }, 60_000)
})
