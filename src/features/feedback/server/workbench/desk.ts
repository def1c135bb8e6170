import type { Payload } from 'payload'
import { lookAlikeMessages } from './look-alikes'
import { staffDirectory } from './queues'
import { deskMerges } from './undo-merge'

type Staff = { id: number | string; collection?: string; roles?: unknown } | null | undefined

/**
 * What a message's 办理 tab reads, as the staff member: the message, colleagues and departments,
 * the reply templates, look-alikes (for a message not yet handed over nor merged) and its merges. Null when
 * the message is not there for them. Timed by tests/bench/workbench-bench.mjs.
 */
export async function loadDesk(payload: Payload, user: Staff, id: string | number) {
  const doc = await payload.findByID({ collection: 'feedback', id, depth: 0, overrideAccess: false, user: user as never }).catch(() => null)
  if (!doc) return null
  const [directory, templates, alike, merges] = await Promise.all([
    staffDirectory(payload, user),
    payload.find({ collection: 'reply-templates', limit: 200, depth: 0, sort: 'title', pagination: false, overrideAccess: false, user: user as never }),
    (doc.status === 'received' || doc.status === 'accepted') && !doc.mergedInto ? lookAlikeMessages(payload, user, doc) : Promise.resolve([]),
    deskMerges(payload, user, doc),
  ])
  return { doc, directory, templates: templates.docs, alike, merges }
}
