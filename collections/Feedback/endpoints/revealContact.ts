import type { PayloadHandler } from 'payload'
import { hasRole } from '@/platform/access/roles'
import { writeAudit } from '@/platform/audit/writeAudit'

const json = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

/** Shows a message's full contact details and its unmasked text to a handler, and records that they looked. */
export const revealContact: PayloadHandler = async (req) => {
  if (!hasRole(req.user, 'admin', 'handler')) return json({ error: '只有留言办理员和管理员可以查看联系方式。' }, req.user ? 403 : 401)
  const id = req.routeParams?.id
  if (typeof id !== 'string' && typeof id !== 'number') return json({ error: '缺少留言编号。' }, 400)
  const doc = await req.payload
    .findByID({ collection: 'feedback', id, depth: 0, overrideAccess: true, select: { trackingCode: true, contact: true, message: true } })
    .catch(() => null)
  if (!doc) return json({ error: '找不到这条留言。' }, 404)
  await writeAudit(req, {
    action: 'feedback.reveal-contact',
    targetCollection: 'feedback',
    targetId: doc.id,
    summary: `查看留言 ${doc.trackingCode} 的联系方式和原文`,
  })
  return json({ contact: doc.contact ?? {}, message: doc.message ?? '' })
}
