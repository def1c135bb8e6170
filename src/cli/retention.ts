import config from '@payload-config'
import { getPayload } from 'payload'
import { anonymiseCommentContacts } from '@/features/consultations/server/comment-retention'
import { anonymiseExpiredApplications } from '@/features/disclosure/server/application-retention'
import { deleteOrphanAttachmentFiles } from '@/features/feedback/server/attachments/orphan-files'
import { anonymiseExpiredFeedback } from '@/features/feedback/server/feedback-retention'
import { anonymiseErrorReportContacts } from '@/features/site-errors/server/contact-retention'

// `npm run retention`: what the daily jobs do, now: anonymise messages finished longer ago than
// the retention period, then delete attachment files no message refers to (after a crash, or
// before taking a backup); remove the contacts of consultation comments, the applicants' details
// of information requests and the e-mail of error reports past their periods.
try {
  const payload = await getPayload({ config })
  const run = await anonymiseExpiredFeedback(payload)
  const orphans = await deleteOrphanAttachmentFiles(payload)
  const comments = await anonymiseCommentContacts(payload)
  const applications = await anonymiseExpiredApplications(payload)
  const reports = await anonymiseErrorReportContacts(payload)
  console.log(`留言保存期限处理完成 retention done: ${run.anonymised} message(s) anonymised (finished before ${run.cutoff}), ${run.attachmentsDeleted} attachment(s) deleted with them`)
  console.log(`  ${orphans} attachment file(s) that no message refers to deleted`)
  console.log(`  ${comments.anonymised} consultation comment(s) without name and contact now (consultations closed before ${comments.cutoff})`)
  console.log(`  ${applications.anonymised} information request(s) without the applicant's details now (closed before ${applications.cutoff})`)
  console.log(`  ${reports.anonymised} error report(s) without e-mail address now (settled before ${reports.cutoff})`)
  process.exit(0)
} catch (error) {
  console.error(`留言保存期限处理失败 retention failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
