import type { PayloadHandler } from 'payload'
import { readDeskRequest } from '@collections/Feedback/endpoints/deskRequest'
import { mayHandleErrorReports } from '@/features/site-errors/access/errorReportAccess'
import { takeErrorReportStep } from '@/features/site-errors/server/take-step'
import { isCrossSite } from '@/platform/security/cross-site'
import { CROSS_SITE_MESSAGE } from '@/platform/security/rules/cross-site-request'

const json = (body: unknown, status: number) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

/** POST /api/site-error-reports/:id/actions/:step — 答复并办结 or 不予处理, from the desk's forms. */
export const errorReportStep: PayloadHandler = async (req) => {
  if (isCrossSite({ method: req.method ?? 'POST', headers: req.headers })) return json({ error: CROSS_SITE_MESSAGE }, 403)
  if (!mayHandleErrorReports(req.user)) return json({ error: '只有网站编辑、留言办理员和管理员可以办理网站找错。' }, req.user ? 403 : 401)
  const { fields, answer } = await readDeskRequest(req)
  const { id, step } = req.routeParams ?? {}
  if ((typeof id !== 'string' && typeof id !== 'number') || typeof step !== 'string') return answer(false, '缺少报告编号或办理操作。', 400)
  const outcome = await takeErrorReportStep(req.payload, req.user, id, step, fields)
  return outcome.ok ? answer(true, outcome.message, 200) : answer(false, outcome.message, outcome.httpStatus)
}
