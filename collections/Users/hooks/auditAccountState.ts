import type { CollectionAfterChangeHook } from 'payload'
import { writeAudit } from '@/platform/audit/writeAudit'

const lockedNow = (value: unknown) => Boolean(value && new Date(String(value)).getTime() > Date.now())

/** Deactivation, reactivation and an administrator's lock, each as its own audit entry. */
export const auditAccountState: CollectionAfterChangeHook = async ({ doc, operation, previousDoc, req }) => {
  if (operation !== 'update' || !previousDoc) return doc
  const target = { targetCollection: 'users', targetId: doc.id }
  if (Boolean(doc.deactivated) !== Boolean(previousDoc.deactivated)) {
    await writeAudit(req, doc.deactivated
      ? { action: 'account-deactivate', ...target, summary: `停用账户：${doc.name}（${doc.email}）` }
      : { action: 'account-reactivate', ...target, summary: `重新启用账户：${doc.name}（${doc.email}）` })
  }
  if (lockedNow(doc.lockedUntil) && String(doc.lockedUntil) !== String(previousDoc.lockedUntil)) {
    await writeAudit(req, { action: 'account-lock', ...target, summary: `锁定账户至 ${new Date(doc.lockedUntil).toISOString()}：${doc.name}（${doc.email}）` })
  }
  return doc
}
