import type { PayloadRequest } from 'payload'
import { ANONYMOUS_ACTOR } from './rules'
import { clientIpOf } from '@/platform/security/client-ip'

export type AuditEntry = {
  action: string
  targetCollection?: string
  targetId?: string | number
  summary?: string
  /** Who did it when that is not the request's user (a login, a failed login with the e-mail tried). */
  actor?: { id?: string | number; email?: string }
}

/** Appends to the audit log inside the caller's transaction (pass the same req). */
export async function writeAudit(req: PayloadRequest, entry: AuditEntry) {
  const user = req.user && req.user.collection === 'users' ? req.user : null
  const actor = entry.actor ?? (user ? { id: user.id, email: user.email } : undefined)
  await req.payload.create({
    collection: 'audit-log',
    data: {
      at: new Date().toISOString(),
      action: entry.action,
      actor: typeof actor?.id === 'number' || typeof actor?.id === 'string' ? (actor.id as number) : undefined,
      actorEmail: actor?.email?.slice(0, 254) || ANONYMOUS_ACTOR,
      targetCollection: entry.targetCollection,
      targetId: entry.targetId === undefined ? undefined : String(entry.targetId),
      summary: entry.summary?.slice(0, 500),
      ip: req.headers ? clientIpOf(req.headers) : undefined,
    },
    overrideAccess: true,
    depth: 0,
    req,
  })
}
