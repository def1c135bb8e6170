import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'
import type { Actor, SaveKind } from '@/platform/publishing/rules/review-rule'

/**
 * Payload's collection beforeChange hooks do not see the `draft` argument of the save, and a
 * non-draft save to `_status: 'draft'` (unpublish) looks like a draft save there. The
 * beforeOperation hook notes the argument in the request context for the beforeChange hook.
 */
const draftKey = (slug: string) => `reviewWorkflow:draft:${slug}`

export const noteDraftArgument: CollectionBeforeOperationHook = ({ args, collection, operation }) => {
  if (operation === 'create' || operation === 'update' || operation === 'restoreVersion') {
    const req = args.req as PayloadRequest
    req.context[draftKey(collection.slug)] = Boolean(args.draft)
  }
  return args
}

/** The acting staff member, or null for the system (seed, scripts, jobs without a user). */
export function actorOf(req: PayloadRequest): Actor {
  const user = req.user
  if (!user || user.collection !== 'users') return null
  return { id: user.id, roles: Array.isArray(user.roles) ? (user.roles as string[]) : [] }
}

type BeforeChangeArgs = Parameters<CollectionBeforeChangeHook>[0]

/** Whether this save writes a draft, publishes, or takes the published page down. */
export async function saveKindOf({ collection, data, operation, originalDoc, req }: BeforeChangeArgs): Promise<SaveKind> {
  // Restoring an old version as a draft keeps that version's status in the data; Payload saves a draft.
  if (req.context.isRestoringVersion && req.context[draftKey(collection.slug)] === true) return 'draft'
  const status = data._status ?? originalDoc?._status ?? 'draft'
  if (status === 'published') return 'publish'
  if (operation === 'create' || req.context[draftKey(collection.slug)] !== false || !originalDoc?.id) return 'draft'
  // A non-draft save to status draft writes the main document: an unpublish if it was public.
  const main = await req.payload.db.findOne<{ id: number | string; _status?: string }>({
    collection: collection.slug,
    where: { id: { equals: originalDoc.id } },
    req,
  })
  return main?._status === 'published' ? 'unpublish' : 'draft'
}
