import type { CollectionAfterChangeHook } from 'payload'
import { statusLabel } from '@/features/feedback/rules/handling'
import { writeAudit } from '@/platform/audit/writeAudit'
import { relationId } from '@/features/feedback/server/handling-state'

type Step = { action: string; summary: string }

/** Each handling step of a message, written to the append-only audit log in the same transaction. */
export const auditFeedbackSteps: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const code = doc.trackingCode
  const steps: Step[] = []
  if (operation === 'create') {
    steps.push({ action: 'feedback.create', summary: `收到留言 ${code}` })
  } else {
    if (doc.status !== previousDoc?.status) {
      const by = doc.status === 'assigned' && previousDoc?.status === 'replied' ? '（群众申请重新办理）' : ''
      steps.push({ action: 'feedback.status', summary: `留言 ${code}：${statusLabel(previousDoc?.status)} → ${statusLabel(doc.status)}${by}` })
    }
    const [handler, department] = [relationId(doc.assignedTo), relationId(doc.department)]
    if (handler !== relationId(previousDoc?.assignedTo) || department !== relationId(previousDoc?.department)) {
      steps.push({ action: 'feedback.assign', summary: `留言 ${code} 交办：部门 ${department || '无'}，承办人 ${handler || '无'}` })
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
