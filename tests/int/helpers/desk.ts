import type { Payload } from 'payload'
import type { User } from '@/payload-types'
import type { DeskAction, DeskInput } from '@/platform/publishing/rules/desk'
import { takeDeskAction } from '@/platform/publishing/desk/take-desk-action'

/** One desk step as `user` through the local API; throws with the desk's Chinese message when refused. */
export async function deskStep(payload: Payload, user: User, collection: string, id: number | string, action: DeskAction, input: DeskInput = {}) {
  const result = await takeDeskAction(payload, { ...user, collection: 'users' }, collection, id, action, input)
  if (!result.ok) throw new Error(`${result.status} ${result.message}`)
  return result.doc
}

/** The ordinary way to the public site: `writer` submits, `reviewer` publishes. */
export async function publishThroughDesk(payload: Payload, collection: string, id: number | string, writer: User, reviewer: User) {
  await deskStep(payload, writer, collection, id, 'submit')
  return deskStep(payload, reviewer, collection, id, 'publish')
}
