import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest, SanitizedCollectionConfig } from 'payload'
import { changeAction, changedFields, fieldList, AUDIT_ACTIONS, type AuditAction } from './rules'
import { writeAudit } from './writeAudit'
import { saveKindOf, type SaveKind } from './saveKinds'

/** Collections whose documents hold residents' personal data: summaries name fields, never a value or title. */
const PERSONAL_DATA = new Set(['feedback', 'feedback-attachments', 'disclosure-applications'])

/** Internal bookkeeping of auth collections: changes with every login, never a staff edit. */
const AUTH_BOOKKEEPING = ['loginAttempts', 'lockUntil', 'sessions', 'hash', 'salt', 'password', 'resetPasswordToken', 'resetPasswordExpiration', '_verified', '_verificationToken']

/** One autosave entry per document and person in this window; the manual save is always recorded. */
const AUTOSAVE_WINDOW_MS = 10 * 60 * 1000

type Doc = Record<string, unknown>

function titleOf(collection: SanitizedCollectionConfig, doc: Doc): string {
  if (PERSONAL_DATA.has(collection.slug)) return ''
  const field = collection.auth ? 'email' : collection.admin?.useAsTitle
  const value = field && field !== 'id' ? doc[field] : undefined
  return typeof value === 'string' && value.trim() ? `《${value.trim().slice(0, 80)}》` : ''
}

async function autosaveRecentlyRecorded(req: PayloadRequest, slug: string, id: string | number) {
  const { totalDocs } = await req.payload.count({
    collection: 'audit-log',
    where: {
      action: { equals: 'autosave' },
      targetCollection: { equals: slug },
      targetId: { equals: String(id) },
      actor: req.user ? { equals: req.user.id } : { exists: false },
      at: { greater_than: new Date(Date.now() - AUTOSAVE_WINDOW_MS).toISOString() },
    },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

const sentence = (action: AuditAction, title: string, detail: string) => `${AUDIT_ACTIONS[action]}${title}${detail ? `（${detail}）` : ''}`

/** create, update, autosave (sparingly), publish and unpublish of any audited collection. */
export const recordChange: CollectionAfterChangeHook = async ({ collection, doc, operation, previousDoc, req }) => {
  const kind: SaveKind = operation === 'update' ? saveKindOf(req, collection.slug, doc.id) : { autosave: false, savingDraft: false }
  const action = changeAction({
    operation,
    before: previousDoc?._status,
    publicBefore: kind.publicStatus,
    after: doc._status,
    savingDraft: kind.savingDraft,
    autosave: kind.autosave,
  })
  if (action === 'autosave' && (await autosaveRecentlyRecorded(req, collection.slug, doc.id))) return doc
  const title = titleOf(collection, doc)
  let detail = ''
  if (action === 'autosave') detail = `${AUTOSAVE_WINDOW_MS / 60000} 分钟内的其他自动保存不逐条记录`
  else if (operation === 'update') {
    const fields = changedFields(previousDoc, doc, AUTH_BOOKKEEPING)
    if (kind.passwordSet) fields.push('password')
    detail = `${kind.savingDraft ? '保存草稿，' : ''}${fieldList(fields)}`
  } else if (doc._status === 'draft') detail = '草稿'
  await writeAudit(req, { action, targetCollection: collection.slug, targetId: doc.id, summary: sentence(action, title, detail) })
  return doc
}

export const recordDelete: CollectionAfterDeleteHook = async ({ collection, doc, id, req }) => {
  await writeAudit(req, { action: 'delete', targetCollection: collection.slug, targetId: id, summary: sentence('delete', titleOf(collection, doc), '') })
  return doc
}
