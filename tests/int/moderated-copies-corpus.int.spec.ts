import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Department, Feedback } from '@/payload-types'
import { POSITIVES, type PositiveCase } from '../unit/features/feedback/personal-data-corpus'
import { graphql, rest } from './helpers/api-client'
import { RESIDENT_COMPLAINT, submitResidentMessage } from './helpers/resident-message'
import { staffPerRole } from './helpers/staff-accounts'

// Every way of writing personal data in the corpus, put into replies the way a handler might
// write them (a colleague's mobile, a resident's address, a third person's pregnancy), then taken
// through the desk as it is meant to be used: the suggested copy submitted unchanged and approved
// by a reviewer. None of it may reach a public surface: REST, GraphQL or the search index.
let payload: Payload
let tokens: Record<'handler' | 'reviewer', string>
let department: Department

const caught = POSITIVES.filter((c) => !c.knownMiss)

/** Up to 20 cases a message, so each message carries at most one resident's own name. */
function batches(cases: PositiveCase[]): PositiveCase[][] {
  const named = cases.filter((c) => c.knownNames.length > 0).map((c) => [c])
  const plain = cases.filter((c) => c.knownNames.length === 0)
  const chunks: PositiveCase[][] = []
  for (let i = 0; i < plain.length; i += 20) chunks.push(plain.slice(i, i + 20))
  return [...named, ...chunks]
}

beforeAll(async () => {
  payload = await getPayload({ config })
  const staff = await staffPerRole(payload, ['handler', 'reviewer'], 'corpus.example.test')
  tokens = staff.tokens
  department = (await payload.create({ collection: 'departments', data: { name: '宣传教育科', email: 'xj@corpus.example.test' }, overrideAccess: true })) as Department
  const asHandler = (id: number | string, data: Record<string, unknown>) =>
    payload.update({ collection: 'feedback', id, data, overrideAccess: false, user: staff.users.handler, depth: 0 })
  for (const [n, group] of batches(caught).entries()) {
    const result = await submitResidentMessage(payload, { ...RESIDENT_COMPLAINT, subject: `语料留言第${n + 1}条`, name: group[0].knownNames[0] ?? '' })
    const message = (await payload.find({ collection: 'feedback', where: { trackingCode: { equals: result.trackingCode } }, overrideAccess: true })).docs[0] as Feedback
    await asHandler(message.id, { status: 'accepted' })
    await asHandler(message.id, { status: 'assigned', department: department.id, assignedTo: staff.users.handler.id })
    await asHandler(message.id, { status: 'replied', reply: group.map((c) => c.text).join('\n') })
    const copy = (await payload.find({ collection: 'moderated-copies', where: { source: { equals: message.id } }, overrideAccess: true })).docs[0]
    for (const [action, token] of [['submit', tokens.handler], ['approve', tokens.reviewer]] as const) {
      const answer = await rest('POST', `/moderated-copies/${copy.id}/actions/${action}`, { token, body: {} })
      expect(answer.status, `${action} of batch ${n + 1}: ${JSON.stringify(answer.json)}`).toBe(200)
    }
  }
}, 300_000)

describe(`${caught.length} ways of writing personal data, approved through the desk`, () => {
  it('leave no span on the public board over REST or GraphQL, nor in the search index', async () => {
    const board = JSON.stringify((await rest('GET', '/published-replies?limit=500')).json)
    const gql = JSON.stringify((await graphql('{ PublishedReplies(limit: 500) { docs { subject question answer } } }')).json)
    const index = JSON.stringify((await payload.find({ collection: 'search-documents', where: { type: { equals: 'reply' } }, limit: 500, overrideAccess: false, user: null })).docs)
    expect(board).toContain('语料留言第1条')
    expect((await rest('GET', '/published-replies?limit=500')).json.totalDocs).toBe(batches(caught).length)
    expect(index).toContain('语料留言第1条')
    const leaks = caught.flatMap((c) =>
      c.expected.flatMap(({ span }) =>
        (['board', 'graphql', 'search'] as const)
          .filter((surface) => ({ board, graphql: gql, search: index })[surface].includes(JSON.stringify(span).slice(1, -1)))
          .map((surface) => `${surface}: ${span} (from ${c.text})`),
      ),
    )
    expect(leaks).toEqual([])
  })
})
