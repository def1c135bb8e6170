import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { getOpenGovernmentPage } from '@/features/open-government-hub/server/guide-queries'
import type { User } from '@/payload-types'
import { DEMO_DISCLOSURE_GUIDE } from '@/seed/open-government/seed-open-government'
import { lexicalParagraphs } from '@/seed/lexical-paragraphs'
import { deskStep, publishThroughDesk } from './helpers/desk'
import { as, publishingTeam } from './helpers/staff-accounts'

let payload: Payload
let editor: User
let reviewerA: User

const COLLECTION = 'open-government-pages'

const guideData = (extra: Record<string, unknown> = {}) => ({
  title: '政府信息公开指南',
  slug: 'guide' as const,
  summary: '怎样申请政府信息公开。',
  published: lexicalParagraphs(DEMO_DISCLOSURE_GUIDE.published),
  howToApply: lexicalParagraphs(DEMO_DISCLOSURE_GUIDE.howToApply),
  timeLimits: lexicalParagraphs(DEMO_DISCLOSURE_GUIDE.timeLimits),
  fees: lexicalParagraphs(DEMO_DISCLOSURE_GUIDE.fees),
  remedies: lexicalParagraphs(DEMO_DISCLOSURE_GUIDE.remedies),
  ...extra,
})

beforeAll(async () => {
  payload = await getPayload({ config })
  ;({ editor, reviewerA } = await publishingTeam(payload, 'guide.test'))
}, 240_000)

describe('政府信息公开指南 (the editable guide)', { timeout: 120_000 }, () => {
  it('needs every one of its five parts', async () => {
    const refused = await payload.create({ collection: COLLECTION, data: guideData({ remedies: undefined }), ...as(editor) }).catch((error) => error)
    expect(refused.data?.errors).toEqual([expect.objectContaining({ path: 'remedies' })])
  })

  it('is written by an editor, unseen by visitors until a reviewer publishes it through the desk', async () => {
    const draft = await payload.create({ collection: COLLECTION, data: guideData(), draft: true, ...as(editor) })
    expect(await getOpenGovernmentPage('guide')).toBeNull()
    // An editor cannot publish alone.
    await expect(deskStep(payload, editor, COLLECTION, draft.id, 'publish')).rejects.toThrow(/^403 /)
    await publishThroughDesk(payload, COLLECTION, draft.id, editor, reviewerA)
    const seen = await getOpenGovernmentPage('guide')
    expect(seen).toMatchObject({ title: '政府信息公开指南', slug: 'guide' })
    expect(JSON.stringify(seen?.remedies)).toContain('6 个月')
  })

  it('keeps a change a draft until it is published again', async () => {
    const { docs } = await payload.find({ collection: COLLECTION, where: { slug: { equals: 'guide' } }, ...as(editor) })
    await payload.update({ collection: COLLECTION, id: docs[0].id, data: { summary: '修订中的摘要。' }, draft: true, ...as(editor) })
    expect((await getOpenGovernmentPage('guide'))?.summary).toBe('怎样申请政府信息公开。')
    await publishThroughDesk(payload, COLLECTION, docs[0].id, editor, reviewerA)
    expect((await getOpenGovernmentPage('guide'))?.summary).toBe('修订中的摘要。')
  })

  it('has one document per fixed page', async () => {
    const second = await payload.create({ collection: COLLECTION, data: guideData(), draft: true, ...as(editor) }).catch((error) => error)
    expect(second).toBeInstanceOf(Error)
  })
})
