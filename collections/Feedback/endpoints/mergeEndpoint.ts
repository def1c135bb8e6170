import type { PayloadHandler } from 'payload'
import { mergeMessage } from '@/features/feedback/server/workbench/merge-messages'
import { readDeskRequest, refuseDeskRequest } from './deskRequest'

/** POST /api/feedback/:id/merge with `into`: handle this message together with a look-alike (合并办理). */
export const mergeEndpoint: PayloadHandler = async (req) => {
  const refused = refuseDeskRequest(req)
  if (refused) return refused
  const { fields, answer } = await readDeskRequest(req)
  const id = req.routeParams?.id
  const into = typeof fields.into === 'string' || typeof fields.into === 'number' ? String(fields.into) : ''
  if ((typeof id !== 'string' && typeof id !== 'number') || !/^[A-Za-z0-9-]{1,40}$/.test(into)) return answer(false, '请选择要并入的留言。', 400)
  const outcome = await mergeMessage(req.payload, req.user, id, into)
  return outcome.ok ? answer(true, outcome.message, 200) : answer(false, outcome.message, outcome.httpStatus)
}
