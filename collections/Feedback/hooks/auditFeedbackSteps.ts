import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'
import { statusLabel } from '@/features/feedback/rules/handling'
import { writeAudit } from '@/platform/audit/writeAudit'
import { relationId } from '@/features/feedback/server/handling-state'
import { MERGE_UNDO_CONTEXT, type MergeContext } from '@/features/feedback/server/workbench/merge-context'

type Step = { action: string; summary: string }

/** Audit entries name people and departments as staff know them, not by their ids. */
async function nameOf(req: PayloadRequest, collection: 'users' | 'departments', id: string): Promise<string> {
  if (!id) return '无'
  const doc = await req.payload.findByID({ collection, id, depth: 0, select: { name: true }, overrideAccess: true, req }).catch(() => null)
  return doc?.name ? String(doc.name) : `（编号 ${id}）`
}

async function trackingCodeOf(req: PayloadRequest, id: string): Promise<string> {
  const doc = await req.payload.findByID({ collection: 'feedback', id, depth: 0, select: { trackingCode: true }, overrideAccess: true, req }).catch(() => null)
  return doc?.trackingCode ?? `（编号 ${id}）`
}

const mergeUndoOf = (req: PayloadRequest, id: unknown) => {
  const undo = req.context?.[MERGE_UNDO_CONTEXT] as MergeContext | undefined
  return undo && String(undo.id) === String(id) ? undo : undefined
}

/** Each handling step of a message, written to the append-only audit log in the same transaction. */
export const auditFeedbackSteps: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const code = doc.trackingCode
  const steps: Step[] = []
  if (operation === 'create') {
    steps.push({ action: 'feedback.create', summary: `收到留言 ${code}` })
  } else {
    if (doc.status !== previousDoc?.status) {
      const returned = doc.status === 'accepted' && previousDoc?.status === 'assigned'
      const undone = mergeUndoOf(req, doc.id)
      const by = doc.status === 'assigned' && previousDoc?.status === 'replied' ? '（群众申请重新办理）' : returned ? `（退回：${String(req.context?.returnReason ?? '')}）` : undone ? '（撤销合并）' : ''
      steps.push({ action: 'feedback.status', summary: `留言 ${code}：${statusLabel(previousDoc?.status)} → ${statusLabel(doc.status)}${by}` })
    }
    const [handler, department] = [relationId(doc.assignedTo), relationId(doc.department)]
    if (handler !== relationId(previousDoc?.assignedTo) || department !== relationId(previousDoc?.department)) {
      const [departmentName, handlerName] = await Promise.all([nameOf(req, 'departments', department), nameOf(req, 'users', handler)])
      steps.push({ action: 'feedback.assign', summary: `留言 ${code} 交办：部门 ${departmentName}，承办人 ${handlerName}` })
    }
    const [into, intoBefore] = [relationId(doc.mergedInto), relationId(previousDoc?.mergedInto)]
    if (into !== intoBefore) {
      const [other, reason] = [await trackingCodeOf(req, into || intoBefore), mergeUndoOf(req, doc.id)?.reason]
      steps.push(into
        ? { action: 'feedback.merge', summary: `留言 ${code} 并入留言 ${other} 合并办理` }
        : { action: 'feedback.merge-undo', summary: `留言 ${code} 撤销合并，不再并入留言 ${other}${reason ? `：${reason}` : ''}` })
    }
    if (doc.status === 'replied' && previousDoc?.status !== 'replied') {
      steps.push({ action: 'feedback.reply', summary: `留言 ${code} 已答复（${doc.replyDepartment ?? ''}）` })
    }
    if (doc.extended && !previousDoc?.extended) {
      steps.push({ action: 'feedback.extend', summary: `留言 ${code} 延期 ${doc.extensionDays} 个工作日：${doc.extensionReason ?? ''}` })
    }
    if (doc.ratedAt && doc.ratedAt !== previousDoc?.ratedAt) {
      steps.push({ action: 'feedback.rate', summary: `留言 ${code} 群众评价：${doc.rating}` })
    }
    const notes = (doc.internalNotes ?? []).length - (previousDoc?.internalNotes ?? []).length
    if (notes > 0) steps.push({ action: 'feedback.note', summary: `留言 ${code} 新增内部备注 ${notes} 条` })
  }
  for (const step of steps) await writeAudit(req, { ...step, targetCollection: 'feedback', targetId: doc.id })
  return doc
}
