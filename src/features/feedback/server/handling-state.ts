import type { HandlingState } from '@/features/feedback/rules/handling'
import { isHandlingStatus } from '@/features/feedback/rules/handling'

type Doc = Record<string, unknown> | undefined

/** A relationship as the admin, REST and local API send it: an id, a populated doc, or empty. */
export function relationId(value: unknown): string {
  if (value === null || value === undefined || value === '') return ''
  if (typeof value === 'object' && 'id' in (value as object)) return String((value as { id: unknown }).id)
  return String(value)
}

const textOf = (value: unknown) => (typeof value === 'string' ? value : '')

/** The state machine's view of a stored message. */
export function handlingStateOf(doc: Doc): HandlingState {
  const status = isHandlingStatus(doc?.status) ? doc.status : 'received'
  const state: HandlingState = {
    status,
    reopenCount: Number(doc?.reopenCount ?? 0),
    extended: Boolean(doc?.extended),
    limitDays: Number(doc?.limitDays ?? 0),
  }
  const optional = {
    handlerId: relationId(doc?.assignedTo),
    department: relationId(doc?.department),
    declineReason: textOf(doc?.declineReason),
    transferredTo: textOf(doc?.transferredTo),
    transferReason: textOf(doc?.transferReason),
    extensionReason: textOf(doc?.extensionReason),
    replyText: textOf(doc?.reply),
    replyDepartment: textOf(doc?.replyDepartment),
  }
  for (const [key, value] of Object.entries(optional)) if (value) (state as Record<string, unknown>)[key] = value
  return state
}

/** The fields of `data` that differ from `original`, as a HandlingChange's optional members. */
export function changedText(data: Doc, original: Doc, field: string): string | undefined {
  if (!data || !(field in data)) return undefined
  const [next, before] = [textOf(data[field]), textOf(original?.[field])]
  return next === before ? undefined : next
}

export function changedRelation(data: Doc, original: Doc, field: string): string | undefined {
  if (!data || !(field in data)) return undefined
  const [next, before] = [relationId(data[field]), relationId(original?.[field])]
  return next === before ? undefined : next
}
