import type { PayloadRequest } from 'payload'
import {
  approvalRefusal,
  confirmationsInUse,
  copyActionRefusal,
  copyFlags,
  COPY_ACTIONS,
  isCopyStatus,
  type CopyAction,
  type FlagConfirmation,
} from '@/features/moderation/rules'
import { writeAudit } from '@/platform/audit/writeAudit'
import { addWriter, copyTextFields, relationId, staffName } from './copy-record'
import { flagOptionsFor } from './flag-options'

export type CopyActionInput = { text?: string; confirmations?: FlagConfirmation[] }
export type CopyActionResult = { ok: true; doc: Record<string, unknown> } | { ok: false; status: number; message: string }

const textsOf = (copy: Record<string, unknown>) =>
  Object.fromEntries(copyTextFields(copy).map((field) => [field, String(copy[field] ?? '')]))

/**
 * One step of the desk (提交审核, 退回修改, 批准公开, 撤下, 重新起草), taken by `req.user`: the rule
 * decides, the copy is saved with the step's record, and the publication follows in the same save.
 */
export async function takeCopyAction(req: PayloadRequest, id: string | number, action: CopyAction, input: CopyActionInput): Promise<CopyActionResult> {
  const copy = (await req.payload
    .findByID({ collection: 'moderated-copies', id, depth: 0, overrideAccess: false, user: req.user, req })
    .catch(() => null)) as Record<string, unknown> | null
  if (!copy || !isCopyStatus(copy.status)) return { ok: false, status: 404, message: '找不到这个公开版本' }
  const user = req.user
  const actor = user ? { id: user.id, roles: ((user as { roles?: string[] }).roles ?? []) as string[] } : null
  const writers = ((copy.writers as unknown[]) ?? []).map(relationId).filter((w): w is string | number => w !== null)
  const text = (input.text ?? '').trim()
  const refused = copyActionRefusal({ status: copy.status, writers }, action, actor, text)
  if (refused) return { ok: false, status: actor && COPY_ACTIONS[action].roles.some((r) => actor.roles.includes(r)) ? 409 : 403, message: refused }

  const now = new Date().toISOString()
  const texts = textsOf(copy)
  let data: Record<string, unknown> = { status: COPY_ACTIONS[action].to }
  if (action === 'submit') {
    const missing = approvalRefusal(texts, [], [])
    if (missing) return { ok: false, status: 400, message: missing }
    data = { ...data, ...addWriter(copy, user), submittedAt: now, returnRemark: '' }
  } else if (action === 'return') {
    data = { ...data, returnRemark: text }
  } else if (action === 'approve') {
    const flags = copyFlags(texts, await flagOptionsFor(req, copy))
    const confirmations = input.confirmations ?? []
    const problem = approvalRefusal(texts, flags, confirmations)
    if (problem) return { ok: false, status: 409, message: problem }
    data = { ...data, approvedBy: user!.id, approverName: staffName(user), approvedAt: now, confirmations: confirmationsInUse(flags, confirmations), withdrawalReason: '', withdrawnAt: null }
  } else if (action === 'withdraw') {
    data = { ...data, withdrawalReason: text, withdrawnAt: now }
  } else if (action === 'redraft') {
    data = { ...data, approvedBy: null, approverName: '', approvedAt: null, confirmations: [] }
  }

  const doc = await req.payload.update({ collection: 'moderated-copies', id, data, overrideAccess: true, req, context: { copyAction: action } })
  await writeAudit(req, {
    action: `moderation.${action}`,
    targetCollection: 'moderated-copies',
    targetId: doc.id,
    summary: `公开版本“${String(doc.subject ?? '').slice(0, 30)}”：${COPY_ACTIONS[action].label}${text ? `（${text.slice(0, 100)}）` : ''}`,
  })
  return { ok: true, doc: doc as unknown as Record<string, unknown> }
}
