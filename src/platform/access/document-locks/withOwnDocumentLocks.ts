import { Forbidden, type CollectionBeforeChangeHook, type SanitizedConfig } from 'payload'
import { isStaff } from '@/platform/access/isStaff'
import { mayUpdateDocument } from './mayUpdateDocument'
import { LOCKS, onlyEditorsHoldLocks } from './onlyEditorsHoldLocks'
import { ownLockOrAdmin } from './ownLockOrAdmin'

type LockTarget = { document?: { relationTo?: string; value?: unknown } | null; globalSlug?: string | null }

const idOf = (value: unknown): string | number | undefined =>
  typeof value === 'string' || typeof value === 'number' ? value : value && typeof value === 'object' && 'id' in value ? (value as { id: string | number }).id : undefined

/**
 * A lock always names the user who asked for it (whatever the request said), and only a user who
 * may update the document may hold one: otherwise anyone signed in could lock a resident's message
 * in a handler's name, and the handler's next save would be refused with 423.
 */
const lockForRequester: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (!req.user) return data
  const target: LockTarget = { ...(originalDoc as LockTarget | undefined), ...(data as LockTarget) }
  const allowed = await mayUpdateDocument(req, {
    collection: target.document?.relationTo,
    id: idOf(target.document?.value),
    global: target.globalSlug ?? undefined,
  })
  if (!allowed) throw new Forbidden(req.t)
  return { ...data, user: { relationTo: req.user.collection, value: req.user.id } }
}

/**
 * Payload adds its document-lock collection while it sanitises the config, after plugins, and
 * lets any signed-in user create, change and delete any lock. Here, once the config is built: the
 * admin's form state creates locks itself (through the database, for the user editing), so the
 * API creates none; staff read them (the admin shows who is editing), take one over only on a
 * document they may update, and remove their own. The form state's own locks are held to the
 * same rule once Payload is up (onlyEditorsHoldLocks).
 */
export function withOwnDocumentLocks(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((collection) => collection.slug === LOCKS)
  if (!locks) return config
  locks.access = { ...locks.access, create: () => false, read: isStaff, update: isStaff, delete: ownLockOrAdmin }
  locks.hooks = { ...locks.hooks, beforeChange: [...(locks.hooks?.beforeChange ?? []), lockForRequester] }
  const onInit = config.onInit
  config.onInit = async (payload) => {
    onlyEditorsHoldLocks(payload)
    await onInit?.(payload)
  }
  return config
}
