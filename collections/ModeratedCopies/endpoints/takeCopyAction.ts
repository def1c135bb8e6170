import { addDataAndFileToRequest, commitTransaction, initTransaction, killTransaction, type PayloadHandler } from 'payload'
import { isCopyAction, type FlagConfirmation } from '@/features/moderation/rules'
import { takeCopyAction as take } from '@/features/moderation/server/copy-actions'

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

const confirmationsFrom = (value: unknown): FlagConfirmation[] =>
  Array.isArray(value)
    ? value
        .filter((c): c is Record<string, unknown> => Boolean(c) && typeof c === 'object')
        .map((c) => ({ field: String(c.field ?? ''), text: String(c.text ?? ''), reason: String(c.reason ?? '') }))
        .slice(0, 200)
    : []

/** POST /api/moderated-copies/:id/actions/:action with `{ text?, confirmations? }`. */
export const takeCopyAction: PayloadHandler = async (req) => {
  if (!req.user) return json({ error: '请先登录。' }, 401)
  const { id, action } = req.routeParams ?? {}
  if (!isCopyAction(action)) return json({ error: '没有这个操作。' }, 404)
  if (typeof id !== 'string' && typeof id !== 'number') return json({ error: '缺少公开版本编号。' }, 400)
  await addDataAndFileToRequest(req)
  const body = (req.data ?? {}) as Record<string, unknown>
  const text = typeof body.text === 'string' ? body.text.slice(0, 1000) : ''
  // The step, its publication and its audit entry are saved together or not at all.
  const ownTransaction = await initTransaction(req)
  let result: Awaited<ReturnType<typeof take>>
  try {
    result = await take(req, id, action, { text, confirmations: confirmationsFrom(body.confirmations) })
    if (ownTransaction) await commitTransaction(req)
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw error
  }
  return result.ok ? json({ doc: result.doc }) : json({ error: result.message }, result.status)
}
