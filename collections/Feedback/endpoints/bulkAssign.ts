import type { PayloadHandler } from 'payload'
import { bulkAssign as assignAll } from '@/features/feedback/server/workbench/desk-actions'
import { readDeskRequest, refuseDeskRequest } from './deskRequest'

const MAX_AT_ONCE = 200

/** POST /api/feedback/bulk-assign — 派单 from a queue: `ids` and a handler and/or department. */
export const bulkAssign: PayloadHandler = async (req) => {
  const refused = refuseDeskRequest(req)
  if (refused) return refused
  const { fields, ids, answer } = await readDeskRequest(req)
  const unique = [...new Set(ids.filter((id) => /^[A-Za-z0-9-]{1,40}$/.test(id)))]
  if (unique.length === 0) return answer(false, '请先勾选要交办的留言。', 400)
  if (unique.length > MAX_AT_ONCE) return answer(false, `一次最多交办 ${MAX_AT_ONCE} 条留言。`, 400)
  const text = (name: string) => (typeof fields[name] === 'string' ? (fields[name] as string).trim() : '')
  const target = { handler: text('handler') || undefined, department: text('department') || undefined }
  if (!target.handler && !target.department) return answer(false, '请指定承办人或承办部门。', 400)
  const outcome = await assignAll(req.payload, req.user, unique, target)
  const refusedText = outcome.refused.map((r) => `${r.trackingCode ?? r.id}：${r.message}`).join('；')
  const message = `已交办 ${outcome.assigned} 条${outcome.refused.length ? `，未能交办 ${outcome.refused.length} 条（${refusedText}）` : ''}`
  return answer(outcome.assigned > 0 || outcome.refused.length === 0, message, 400, outcome)
}
