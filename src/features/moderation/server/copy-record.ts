import type { PayloadRequest } from 'payload'
import type { PublishedComment, PublishedReply } from '@/payload-types'

/** The texts writers edit; everything else on a copy is the record of its steps. */
export const COPY_TEXT_FIELDS = ['subject', 'question', 'answer'] as const

/** The texts a copy must have to be approved: a consultation comment has no answer. */
export const copyTextFields = (copy: Doc) => (copy.comment ? (['subject', 'question'] as const) : COPY_TEXT_FIELDS)

export const COPY_RECORD_FIELDS = [
  'status',
  'source',
  'comment',
  'consultation',
  'notice',
  'kind',
  'department',
  'receivedAt',
  'repliedAt',
  'writers',
  'writerNames',
  'submittedAt',
  'returnRemark',
  'approvedBy',
  'approverName',
  'approvedAt',
  'confirmations',
  'withdrawalReason',
  'withdrawnAt',
] as const

type Doc = Record<string, unknown>
type User = PayloadRequest['user']

/** The id of a relationship value, populated or not. */
export const relationId = (value: unknown): string | number | null => {
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: string | number }).id
  return typeof value === 'string' || typeof value === 'number' ? value : null
}

export const staffName = (user: User) => {
  const named = user as { name?: string | null; email?: string | null } | null
  return named?.name?.trim() || named?.email || '工作人员'
}

/** The writers of a copy after `user` changed or submitted it: ids for the rule, names to show. */
export function addWriter(copy: Doc | undefined, user: User): { writers: (string | number)[]; writerNames: string } {
  const writers = ((copy?.writers as unknown[]) ?? []).map(relationId).filter((id): id is string | number => id !== null)
  const names = String(copy?.writerNames ?? '').split('、').filter(Boolean)
  if (!user) return { writers, writerNames: names.join('、') }
  const known = writers.some((id) => String(id) === String(user.id))
  return {
    writers: known ? writers : [...writers, user.id],
    writerNames: (known || names.includes(staffName(user)) ? names : [...names, staffName(user)]).join('、'),
  }
}

/** What the public board shows of an approved copy: the texts and three dates and a name, no more. */
export function publishedReplyData(copy: Doc): Omit<PublishedReply, 'id' | 'createdAt' | 'updatedAt' | 'noticeSlug'> {
  return {
    kind: copy.kind as PublishedReply['kind'],
    subject: String(copy.subject ?? ''),
    question: String(copy.question ?? ''),
    answer: String(copy.answer ?? ''),
    receivedAt: copy.receivedAt as string,
    repliedAt: (copy.repliedAt ?? copy.approvedAt) as string,
    department: String(copy.department ?? ''),
    notice: relationId(copy.notice) as PublishedReply['notice'],
    source: String(relationId(copy.source)),
  }
}

/** What a consultation page shows of an approved comment: the text and the day it came, no more. */
export function publishedCommentData(copy: Doc): Omit<PublishedComment, 'id' | 'createdAt' | 'updatedAt'> {
  return {
    consultation: relationId(copy.consultation) as PublishedComment['consultation'],
    comment: String(copy.question ?? ''),
    receivedAt: copy.receivedAt as string,
    source: String(relationId(copy.comment)),
  }
}
