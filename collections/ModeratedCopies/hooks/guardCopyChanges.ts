import type { CollectionBeforeChangeHook } from 'payload'
import { COPY_STATUS_LABELS, isCopyStatus, textsEditableIn, type CopyStatus } from '@/features/moderation/rules'
import { addWriter, COPY_RECORD_FIELDS, COPY_TEXT_FIELDS } from '@/features/moderation/server/copy-record'
import { refusal } from '@/platform/errors/refusal'

const same = (a: unknown, b: unknown) => (a ?? '') === (b ?? '')

/**
 * Saves that are not one of the desk's steps (the admin form, REST, GraphQL) may change the
 * texts, and only while the copy is being written; whoever changes them becomes one of its
 * writers, who may not approve it. Status and the review record change only through the steps
 * (server/copy-actions.ts), which mark their own saves.
 */
export const guardCopyChanges: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req, context }) => {
  if (context.copyAction) return data
  if (operation === 'create') throw refusal('公开版本由系统在答复后自动起草，不能直接新建')
  if ('status' in data && !same(data.status, originalDoc?.status)) {
    throw refusal('公开版本的状态只能通过“提交审核”“退回修改”“批准公开”“撤下”等按钮改变')
  }
  const kept = Object.fromEntries(COPY_RECORD_FIELDS.map((field) => [field, originalDoc?.[field]]))
  const changed = COPY_TEXT_FIELDS.some((field) => field in data && !same(data[field], originalDoc?.[field]))
  if (!changed) return { ...data, ...kept }
  const status: CopyStatus = isCopyStatus(originalDoc?.status) ? originalDoc.status : 'drafting'
  if (!textsEditableIn(status)) {
    throw refusal(`公开版本现在是“${COPY_STATUS_LABELS[status]}”，不能直接修改；请先退回修改或撤下后重新起草`)
  }
  return { ...data, ...kept, ...addWriter(originalDoc, req.user) }
}
