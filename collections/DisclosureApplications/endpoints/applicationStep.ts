import type { PayloadHandler } from 'payload'
import { stepFromFields, takeApplicationStep } from '@/features/disclosure/server/take-step'
import { hasRole } from '@/platform/access/roles'
import { isCrossSite } from '@/platform/security/cross-site'
import { CROSS_SITE_MESSAGE } from '@/platform/security/rules/cross-site-request'
import { readDeskRequest } from '@collections/Feedback/endpoints/deskRequest'

/** POST /api/disclosure-applications/:id/steps/:step — one step of the 办理 tab (补正, 延期, 答复 …). */
export const applicationStep: PayloadHandler = async (req) => {
  if (isCrossSite({ method: req.method ?? 'POST', headers: req.headers })) return Response.json({ error: CROSS_SITE_MESSAGE }, { status: 403 })
  const { fields, answer } = await readDeskRequest(req)
  if (!hasRole(req.user, 'admin', 'handler')) return answer(false, '只有办理员和管理员可以办理政府信息公开申请。', req.user ? 403 : 401)
  const { id, step: kind } = req.routeParams ?? {}
  const step = typeof kind === 'string' ? stepFromFields(kind, fields) : null
  if ((typeof id !== 'string' && typeof id !== 'number') || !step) return answer(false, '缺少申请编号或办理操作。', 400)
  const outcome = await takeApplicationStep(req.payload, req.user, id, step)
  return outcome.ok ? answer(true, outcome.message, 200, { status: outcome.status }) : answer(false, outcome.message, outcome.httpStatus)
}
