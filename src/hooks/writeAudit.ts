import type { PayloadRequest } from 'payload'
import { clientIpOf } from '../lib/client-ip'

export type AuditEntry = { action: string; targetCollection?: string; targetId?: string | number; summary?: string }

/** Appends to the audit log inside the caller's transaction (pass the same req). */
export async function writeAudit(req: PayloadRequest, entry: AuditEntry) {
  const user = req.user && req.user.collection === 'users' ? req.user : null
  await req.payload.create({
    collection: 'audit-log',
    data: {
      at: new Date().toISOString(),
      action: entry.action,
      actor: user?.id,
      actorEmail: user?.email,
      targetCollection: entry.targetCollection,
      targetId: entry.targetId === undefined ? undefined : String(entry.targetId),
      summary: entry.summary,
      ip: req.headers ? clientIpOf(req.headers) : undefined,
    },
    overrideAccess: true,
    req,
  })
}
