import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Feedback, User } from '@/payload-types'
import { graphql, rest } from './helpers/api-client'
import { RESIDENT_COMPLAINT, submitResidentMessage } from './helpers/resident-message'
import { staffPerRole } from './helpers/staff-accounts'

let payload: Payload
let users: Record<'admin' | 'handler', User>
let tokens: Record<'admin' | 'handler', string>

// What a resident may well write into the message itself, beyond the form's contact fields.
const MESSAGE = '我叫刘芳，手机 139 1234 5678，住在武侯区人民南路四段12号3栋2单元501。我爱人王强上个月做了人流，想咨询术后复查。'
const FULL = ['刘芳', '139 1234 5678', '人民南路四段12号3栋2单元501', '王强']

beforeAll(async () => {
  payload = await getPayload({ config })
  const staff = await staffPerRole(payload, ['admin', 'handler'], 'masking.example.test')
  users = staff.users
  tokens = staff.tokens
})

async function submitted() {
  const result = await submitResidentMessage(payload, { ...RESIDENT_COMPLAINT, subject: '术后复查咨询', message: MESSAGE })
  const found = await payload.find({ collection: 'feedback', where: { trackingCode: { equals: result.trackingCode } }, overrideAccess: true, depth: 0 })
  return { ...result, doc: found.docs[0] as Feedback }
}

describe("a message's text on staff screens", () => {
  it('comes masked to handlers, over REST, GraphQL and the local API', async () => {
    const { doc } = await submitted()
    const viaRest = await rest('GET', `/feedback/${doc.id}`, { token: tokens.handler })
    expect(viaRest.status).toBe(200)
    const local = await payload.findByID({ collection: 'feedback', id: doc.id, overrideAccess: false, user: users.handler })
    const viaGraphql = await graphql(`{ Feedback(id: ${JSON.stringify(doc.id)}) { message } }`, tokens.handler)
    for (const shown of [viaRest.json.message, local.message, viaGraphql.json.data.Feedback.message]) {
      for (const secret of FULL) expect(shown).not.toContain(secret)
      expect(shown).toContain('139****5678')
      expect(shown).toContain('想咨询术后复查')
    }
  })

  it('is shown in full through the audited reveal, and kept in full in the database', async () => {
    const { doc } = await submitted()
    const revealed = await rest('POST', `/feedback/${doc.id}/reveal-contact`, { token: tokens.handler })
    expect(revealed.status).toBe(200)
    expect(revealed.json.message).toBe(MESSAGE)
    const audit = await payload.find({ collection: 'audit-log', where: { and: [{ targetId: { equals: String(doc.id) } }, { action: { equals: 'feedback.reveal-contact' } }] }, overrideAccess: true })
    expect(audit.docs[0]?.summary).toContain('联系方式和原文')
    const raw = (await payload.db.findOne({ collection: 'feedback', where: { id: { equals: doc.id } } })) as Feedback
    expect(raw.message).toBe(MESSAGE)
    expect((await rest('POST', `/feedback/${doc.id}/reveal-contact`)).status).toBe(401)
  })

  it('stays whole when a handler saves the message: the masked copy is never written back', async () => {
    const { doc } = await submitted()
    const shown = await rest('GET', `/feedback/${doc.id}`, { token: tokens.handler })
    const saved = await rest('PATCH', `/feedback/${doc.id}`, { token: tokens.handler, body: { message: shown.json.message, status: 'accepted' } })
    expect(saved.status).toBe(200)
    const raw = (await payload.db.findOne({ collection: 'feedback', where: { id: { equals: doc.id } } })) as Feedback
    expect(raw.message).toBe(MESSAGE)
    expect(raw.status).toBe('accepted')
  })
})
