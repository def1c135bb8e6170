import type { PayloadHandler } from 'payload'
import { undoMerge } from '@/features/feedback/server/workbench/undo-merge'
import { readDeskRequest, refuseDeskRequest } from './deskRequest'

/** POST /api/feedback/:id/undo-merge with `reason`: this message is handled on its own again (撤销合并). */
export const undoMergeEndpoint: PayloadHandler = async (req) => {
  const refused = refuseDeskRequest(req)
  if (refused) return refused
  const { fields, answer } = await readDeskRequest(req)
  const id = req.routeParams?.id
  if (typeof id !== 'string' && typeof id !== 'number') return answer(false, '缺少留言编号。', 400)
  const outcome = await undoMerge(req.payload, req.user, id, { reason: fields.reason })
  return outcome.ok ? answer(true, outcome.message, 200, { status: outcome.status }) : answer(false, outcome.message, outcome.httpStatus)
}
