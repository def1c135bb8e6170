import { addDataAndFileToRequest, commitTransaction, initTransaction, killTransaction, type PayloadHandler } from 'payload'
import type { User } from '@/payload-types'
import { isRequestableDeskAction, type DeskInput } from '@/platform/publishing/rules/desk'
import { takeDeskAction } from './take-desk-action'

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

const text = (value: unknown, max: number) => (typeof value === 'string' ? value.slice(0, max) : undefined)

/** `{ remark?, note?, reason?, replacementPath?, at? }` from the request body, bounded. */
const inputOf = (body: Record<string, unknown>): DeskInput => ({
  remark: text(body.remark, 2000),
  note: text(body.note, 2000),
  reason: text(body.reason, 2000),
  replacementPath: text(body.replacementPath, 400),
  at: text(body.at, 40),
})

/** POST /api/<collection>/:id/actions/:action — one desk step, its save and its audit entry together. */
export const deskActionEndpoint = (collection: string): PayloadHandler => async (req) => {
  if (!req.user || req.user.collection !== 'users') return json({ error: '请先以工作人员账号登录。' }, 401)
  const { id, action } = req.routeParams ?? {}
  if (!isRequestableDeskAction(action)) return json({ error: '没有这个操作。' }, 404)
  if (typeof id !== 'string' && typeof id !== 'number') return json({ error: '缺少内容编号。' }, 400)
  await addDataAndFileToRequest(req)
  const body = req.data && typeof req.data === 'object' ? (req.data as Record<string, unknown>) : {}
  const ownTransaction = await initTransaction(req)
  let result: Awaited<ReturnType<typeof takeDeskAction>>
  try {
    result = await takeDeskAction(req.payload, req.user as User, collection, id, action, inputOf(body), { req })
    if (ownTransaction) {
      if (result.ok) await commitTransaction(req)
      else await killTransaction(req)
    }
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    const message = (error as { isPublic?: boolean; message?: string })?.isPublic ? (error as Error).message : '操作未能完成，请检查填写的内容后再试。'
    const status = (error as { status?: number })?.status ?? 400
    return json({ error: message }, status >= 500 ? 400 : status)
  }
  return result.ok ? json({ doc: result.doc, state: result.state }) : json({ error: result.message }, result.status)
}
