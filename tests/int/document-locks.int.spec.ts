import config from '@payload-config'
import { handleFormStateLocking } from '@payloadcms/ui/utilities/handleFormStateLocking'
import { createLocalReq, getPayload, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { submitFeedback } from '@/features/feedback/server/submit-feedback'
import type { User } from '@/payload-types'
import { rest } from './helpers/api-client'
import { RESIDENT_COMPLAINT, residentMessage } from './helpers/resident-message'

let payload: Payload
let messageId: number
const users: Record<string, User> = {}
const tokens: Record<string, string> = {}
const password = 'Correct-Horse-42'
const LOCKS = '/payload-locked-documents'

/** As the admin's form state makes a lock when someone opens a document (through the database). */
async function serverLock(holder: User) {
  const lock = await payload.db.create({
    collection: 'payload-locked-documents',
    data: { document: { relationTo: 'feedback', value: messageId }, user: { relationTo: 'users', value: holder.id } },
  })
  return lock.id as number
}

const holderOf = async (id: number) => {
  const lock = await payload.findByID({ collection: 'payload-locked-documents', id, depth: 0, overrideAccess: true })
  const user = lock.user as { value: number | { id: number } }
  return typeof user.value === 'object' ? user.value.id : user.value
}

beforeAll(async () => {
  payload = await getPayload({ config })
  for (const role of ['admin', 'editor', 'handler'] as const) {
    users[role] = (await payload.create({ collection: 'users', data: { email: `${role}@locks.test`, password, name: role, roles: [role] } })) as User
    tokens[role] = (await rest('POST', '/users/login', { body: { email: `${role}@locks.test`, password } })).json.token
  }
  const sent = await submitFeedback(payload, residentMessage(RESIDENT_COMPLAINT))
  if (!sent.ok) throw new Error('message not saved')
  messageId = (await payload.find({ collection: 'feedback', where: { trackingCode: { equals: sent.trackingCode } }, overrideAccess: true })).docs[0].id as number
})

describe('document locks', () => {
  it('are never created through the API, in anyone’s name', async () => {
    for (const role of ['editor', 'handler', 'admin'] as const) {
      const body = { document: { relationTo: 'feedback', value: messageId }, user: { relationTo: 'users', value: users.handler.id } }
      expect({ role, status: (await rest('POST', LOCKS, { token: tokens[role], body })).status }).toEqual({ role, status: 403 })
    }
    expect((await rest('POST', LOCKS, { body: { document: { relationTo: 'feedback', value: messageId } } })).status).toBe(403)
  })

  it('cannot be taken over by someone who may not update the message', async () => {
    const lock = await serverLock(users.handler)
    const taken = await rest('PATCH', `${LOCKS}/${lock}`, { token: tokens.editor, body: { user: { relationTo: 'users', value: users.editor.id } } })
    expect(taken.status).toBeGreaterThanOrEqual(400)
    expect(taken.status).toBeLessThan(500)
    expect(await holderOf(lock)).toBe(users.handler.id)
    expect((await rest('DELETE', `${LOCKS}/${lock}`, { token: tokens.editor })).status).toBeGreaterThanOrEqual(400)
    expect(await holderOf(lock)).toBe(users.handler.id)
  })

  it('are taken over by a handler in their own name only, and removed by their holder', async () => {
    const lock = await serverLock(users.admin)
    const taken = await rest('PATCH', `${LOCKS}/${lock}`, { token: tokens.handler, body: { user: { relationTo: 'users', value: users.editor.id } } })
    expect(taken.status).toBe(200)
    expect(await holderOf(lock)).toBe(users.handler.id)
    expect((await rest('DELETE', `${LOCKS}/${lock}`, { token: tokens.handler })).status).toBe(200)
  })

  it('leave the handler’s save alone after an editor tried to lock the message', async () => {
    await rest('POST', LOCKS, { token: tokens.editor, body: { document: { relationTo: 'feedback', value: messageId }, user: { relationTo: 'users', value: users.editor.id } } })
    const saved = await rest('PATCH', `/feedback/${messageId}`, { token: tokens.handler, body: { status: 'accepted' } })
    expect(saved.status).toBe(200)
  })

  it('are not made by the admin’s form state for someone who may only read the document', async () => {
    // The editor may read the handler's staff profile (colleagues' names) but not change it.
    const target = { relationTo: 'users', value: users.handler.id }
    const count = async () =>
      (await payload.count({ collection: 'payload-locked-documents', where: { 'document.value': { equals: users.handler.id }, 'document.relationTo': { equals: 'users' } }, overrideAccess: true })).totalDocs
    const editorReq = await createLocalReq({ user: { ...users.editor, collection: 'users' } as never }, payload)
    await handleFormStateLocking({ id: target.value, collectionSlug: 'users', req: editorReq, updateLastEdited: true })
    expect(await count()).toBe(0)
    const saved = await rest('PATCH', `/users/${users.handler.id}`, { token: tokens.handler, body: { name: '办理员（改名）' } })
    expect(saved.status).toBe(200)
    // The holder who may edit still gets the lock that tells colleagues someone is editing.
    const handlerReq = await createLocalReq({ user: { ...users.handler, collection: 'users' } as never }, payload)
    await handleFormStateLocking({ id: target.value, collectionSlug: 'users', req: handlerReq, updateLastEdited: true })
    expect(await count()).toBe(1)
  })
})
