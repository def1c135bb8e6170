import config from '@payload-config'
import { getPayload } from 'payload'
import { deleteOrphanAttachmentFiles } from '@/features/feedback/server/attachments/orphan-files'
import { anonymiseExpiredFeedback } from '@/features/feedback/server/feedback-retention'

// `npm run retention`: what the daily job does, now: anonymise messages finished longer ago than
// the retention period, then delete attachment files no message refers to (after a crash, or
// before taking a backup).
try {
  const payload = await getPayload({ config })
  const run = await anonymiseExpiredFeedback(payload)
  const orphans = await deleteOrphanAttachmentFiles(payload)
  console.log(`留言保存期限处理完成 retention done: ${run.anonymised} message(s) anonymised (finished before ${run.cutoff}), ${run.attachmentsDeleted} attachment(s) deleted with them`)
  console.log(`  ${orphans} attachment file(s) that no message refers to deleted`)
  process.exit(0)
} catch (error) {
  console.error(`留言保存期限处理失败 retention failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
