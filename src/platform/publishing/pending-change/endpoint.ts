import { commitTransaction, initTransaction, killTransaction, type CollectionSlug, type PayloadHandler, type PayloadRequest } from 'payload'
import { decided, isPendingChange, pendingDecisionRefusal, requestRemoval, reviewStateOf } from '@/platform/publishing/rules/pending-change'
import { actorOf } from '@/platform/publishing/review/save-kind'
import { withPendingDecision } from './hooks'

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

const STEPS = ['approve', 'reject', 'request-removal'] as const
type Step = (typeof STEPS)[number]
const isStep = (value: unknown): value is Step => (STEPS as readonly unknown[]).includes(value)

type Answer = { status: number; body: Record<string, unknown> }

async function take(req: PayloadRequest, slug: CollectionSlug, id: string, step: Step): Promise<Answer> {
  const doc = (await req.payload.findByID({ collection: slug, id, depth: 0, overrideAccess: true, req }).catch(() => null)) as Record<string, unknown> | null
  if (!doc) return { status: 404, body: { error: '找不到这条记录。' } }
  const actor = actorOf(req)
  const pending = isPendingChange(doc.pendingChange) ? doc.pendingChange : null
  const asPerson = { overrideAccess: false, user: req.user, req, depth: 0 } as const
  if (step === 'request-removal') {
    const request = requestRemoval(actor, pending, new Date().toISOString())
    if (!request.ok) return { status: 403, body: { error: request.message } }
    withPendingDecision(req, slug, doc.id)
    await req.payload.update({ collection: slug, id, data: { pendingChange: request.pending, reviewState: reviewStateOf(doc.reviewState, request.pending) } as never, ...asPerson })
    return { status: 200, body: { message: '已申请删除，等待审核员审核。' } }
  }
  const refused = pendingDecisionRefusal(actor, pending)
  if (refused) return { status: 403, body: { error: refused } }
  withPendingDecision(req, slug, doc.id)
  if (step === 'reject') {
    await req.payload.update({ collection: slug, id, data: decided(pending!, 'reject') as never, ...asPerson })
    return { status: 200, body: { message: pending!.added ? '已退回：这条新建记录仍不公开，编辑修改并保存后会再次提交审核。' : '已退回：待审核的修改不生效。' } }
  }
  if (pending!.remove) {
    await req.payload.delete({ collection: slug, id, ...asPerson })
    return { status: 200, body: { message: '已审核通过并删除。', deleted: true } }
  }
  await req.payload.update({ collection: slug, id, data: { ...pending!.changes, ...decided(pending!, 'approve') } as never, ...asPerson })
  return { status: 200, body: { message: pending!.added ? '已审核通过，这条记录已对公众显示。' : '已审核通过，修改已生效。' } }
}

/** POST /api/<collection>/:id/pending-change/(approve|reject|request-removal): one step, in one transaction. */
export const pendingChangeEndpoint =
  (slug: string): PayloadHandler =>
  async (req) => {
    if (!req.user || req.user.collection !== 'users') return json({ error: '请先以工作人员账号登录。' }, 401)
    const { id, step } = req.routeParams ?? {}
    if (!isStep(step)) return json({ error: '没有这个操作。' }, 404)
    if (typeof id !== 'string') return json({ error: '缺少记录编号。' }, 400)
    const ownTransaction = await initTransaction(req)
    try {
      const answer = await take(req, slug as CollectionSlug, id, step)
      if (ownTransaction) await (answer.status === 200 ? commitTransaction(req) : killTransaction(req))
      return json(answer.body, answer.status)
    } catch (error) {
      if (ownTransaction) await killTransaction(req)
      const message = (error as { isPublic?: boolean; message?: string })?.isPublic ? (error as Error).message : '操作未能完成，请稍后再试。'
      const status = (error as { status?: number })?.status ?? 400
      return json({ error: message }, status >= 500 ? 400 : status)
    }
  }
