import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

/**
 * What kind of save an update is. afterChange hooks are not told whether a save was an autosave
 * or a draft, so the audit's beforeOperation hook notes it in the request context, per document.
 */
export type SaveKind = { autosave: boolean; savingDraft: boolean; publicStatus?: string | null; passwordSet?: boolean }

const KEY = 'auditSaveKinds'
const keyOf = (slug: string, id: string | number | undefined) => `${slug}:${id ?? '*'}`

function kinds(req: PayloadRequest): Record<string, SaveKind> {
  const context = req.context as Record<string, unknown>
  if (!context[KEY]) context[KEY] = {}
  return context[KEY] as Record<string, SaveKind>
}

export function saveKindOf(req: PayloadRequest, slug: string, id: string | number): SaveKind {
  const all = kinds(req)
  return all[keyOf(slug, id)] ?? all[keyOf(slug, undefined)] ?? { autosave: false, savingDraft: false }
}

const truthy = (value: unknown) => value === true || value === 'true'

/**
 * Notes autosave and draft (as Payload decides isSavingDraft), for drafts the public status before
 * the save, and whether a password is being set.
 */
export const noteSaveKind: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'update') return args
  const input = args as { id?: string | number; autosave?: unknown; draft?: unknown; data?: { _status?: string; password?: unknown } }
  const drafts = Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts)
  const autosave = drafts && truthy(input.autosave)
  const savingDraft = drafts && truthy(input.draft) && input.data?._status !== 'published'
  let publicStatus: string | null | undefined
  if (drafts && !autosave && input.id !== undefined) {
    const current = await req.payload.db.findOne<{ id: string | number; _status?: string }>({
      collection: collection.slug,
      where: { id: { equals: input.id } },
      select: { _status: true },
      req,
    })
    publicStatus = current?._status ?? null
  }
  // Payload removes the password from the data before afterChange; that one was set is worth recording.
  const passwordSet = Boolean(collection.auth && typeof input.data?.password === 'string' && input.data.password)
  kinds(req)[keyOf(collection.slug, input.id)] = { autosave, savingDraft, publicStatus, passwordSet }
  return args
}
