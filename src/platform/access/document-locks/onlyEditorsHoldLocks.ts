import { createLocalReq, type Payload } from 'payload'
import { mayUpdateDocument } from './mayUpdateDocument'

export const LOCKS = 'payload-locked-documents'

type LockData = {
  document?: { relationTo?: string; value?: string | number } | null
  globalSlug?: string | null
  user?: { relationTo?: string; value?: string | number } | null
}

/** Whether the user a lock would name may update what it locks (their own collection's access). */
async function holderMayEdit(payload: Payload, lock: LockData): Promise<boolean> {
  const holder = lock.user
  if (!holder?.relationTo || holder.value === undefined) return false
  const user = await payload
    .findByID({ collection: holder.relationTo as 'users', id: holder.value, depth: 0, overrideAccess: true, disableErrors: true })
    .catch(() => null)
  if (!user) return false
  const req = await createLocalReq({ user: { ...user, collection: holder.relationTo } as never }, payload)
  return mayUpdateDocument(req, {
    collection: lock.document?.relationTo,
    id: lock.document?.value,
    global: lock.globalSlug ?? undefined,
  })
}

/**
 * The admin's form state writes a lock straight to the database for whoever opens an edit view,
 * even someone who may only read the document (Payload checks nothing there). Such a lock would
 * make the next save of a colleague who may edit answer 423. Here, once Payload is up, the
 * database adapter's create makes a lock only for a holder who may update the document; for
 * anyone else it quietly makes none (the reader's view stays read-only either way).
 */
export function onlyEditorsHoldLocks(payload: Payload) {
  const create = payload.db.create.bind(payload.db)
  payload.db.create = (async (args) => {
    if (args.collection !== LOCKS) return create(args)
    if (!(await holderMayEdit(payload, args.data as LockData))) return {}
    return create(args)
  }) as typeof payload.db.create
}
