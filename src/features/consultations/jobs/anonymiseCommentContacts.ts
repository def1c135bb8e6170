import { anonymiseCommentContacts } from '@/features/consultations/server/comment-retention'
import { retentionTask } from '@/platform/retention/retention-task'

export const ANONYMISE_COMMENTS_TASK = 'anonymiseCommentContacts' as const

/** Removes the name and contact of comments on consultations closed longer than the period. Queued daily from src/instrumentation.ts. */
export const anonymiseCommentContactsTask = retentionTask({
  slug: ANONYMISE_COMMENTS_TASK,
  label: '征求意见来件到期删除联系方式',
  run: anonymiseCommentContacts,
})
