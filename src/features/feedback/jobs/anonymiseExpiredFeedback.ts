import { deleteOrphanAttachmentFiles } from '@/features/feedback/server/attachments/orphan-files'
import { anonymiseExpiredFeedback } from '@/features/feedback/server/feedback-retention'
import { retentionTask } from '@/platform/retention/retention-task'

export const ANONYMISE_FEEDBACK_TASK = 'anonymiseExpiredFeedback' as const

/**
 * Anonymises messages finished longer ago than 个人信息保存期限 (留言办理时限 settings), then
 * deletes attachment files that no message refers to (left by a server killed mid-submission).
 * Queued daily from src/instrumentation.ts.
 */
export const anonymiseExpiredFeedbackTask = retentionTask({
  slug: ANONYMISE_FEEDBACK_TASK,
  label: '留言到期匿名化',
  moreOutputs: ['attachmentsDeleted', 'orphanFilesDeleted'],
  run: async (payload, now) => ({ ...(await anonymiseExpiredFeedback(payload, now)), orphanFilesDeleted: await deleteOrphanAttachmentFiles(payload, now) }),
})
