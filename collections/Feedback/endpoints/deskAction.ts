import type { PayloadHandler } from 'payload'
import { takeDeskAction } from '@/features/feedback/server/workbench/desk-actions'
import { readDeskRequest, refuseDeskRequest } from './deskRequest'

/** POST /api/feedback/:id/actions/:action — one step of the handling desk (受理, 交办, 答复 …). */
export const deskAction: PayloadHandler = async (req) => {
  const refused = refuseDeskRequest(req)
  if (refused) return refused
  const { fields, answer } = await readDeskRequest(req)
  const { id, action } = req.routeParams ?? {}
  if ((typeof id !== 'string' && typeof id !== 'number') || typeof action !== 'string') return answer(false, '缺少留言编号或办理操作。', 400)
  const outcome = await takeDeskAction(req.payload, req.user, id, action, fields)
  return outcome.ok ? answer(true, outcome.message, 200, { status: outcome.status }) : answer(false, outcome.message, outcome.httpStatus)
}
