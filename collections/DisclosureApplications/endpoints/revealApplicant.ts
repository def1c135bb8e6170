import type { PayloadHandler } from 'payload'
import { hasRole } from '@/platform/access/roles'
import { writeAudit } from '@/platform/audit/writeAudit'

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

/** Shows an applicant's name, ID number and contact details to a handler, and records that they looked. */
export const revealApplicant: PayloadHandler = async (req) => {
  if (!hasRole(req.user, 'admin', 'handler')) return json({ error: '只有办理员和管理员可以查看申请人信息。' }, req.user ? 403 : 401)
  const id = req.routeParams?.id
  if (typeof id !== 'string' && typeof id !== 'number') return json({ error: '缺少申请编号。' }, 400)
  const doc = await req.payload
    .findByID({ collection: 'disclosure-applications', id, depth: 0, overrideAccess: true, select: { trackingCode: true, applicant: true, description: true } })
    .catch(() => null)
  if (!doc) return json({ error: '找不到这件申请。' }, 404)
  await writeAudit(req, {
    action: 'disclosure.reveal-applicant',
    targetCollection: 'disclosure-applications',
    targetId: doc.id,
    summary: `查看政府信息公开申请 ${doc.trackingCode} 的申请人信息和原文`,
  })
  return json({ applicant: doc.applicant ?? {}, description: doc.description ?? '' })
}
