import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { hashAccessKey } from '@/features/feedback/rules/intake'
import { feedbackReceiptCopy } from '@/features/feedback/email/feedbackReceiptCopy'
import { writeAudit } from '@/platform/audit/writeAudit'
import { queueEmail } from '@/platform/email/queue-email'
import { serverUrl } from '@/platform/site-shell/server-url'
import type { FeedbackReceipt } from './receipt-cookie'

/**
 * "发到我的邮箱" on the confirmation page: queues the receipt (code and key) to the address stored
 * with the message — never to an address taken from the request — once the key in the sealed
 * receipt is checked against the stored hash, and only once per message: the sending is recorded
 * in the audit log, so replaying an older receipt cookie sends nothing more. Returns whether the
 * receipt has been e-mailed (now or before).
 */
const RECEIPT_EMAILED = 'feedback.receipt-emailed'

export async function emailReceipt(payload: Payload, receipt: FeedbackReceipt): Promise<boolean> {
  const found = await payload.find({
    collection: 'feedback',
    where: { and: [{ trackingCode: { equals: receipt.trackingCode } }, { accessKeyHash: { equals: hashAccessKey(receipt.accessKey) } }] },
    limit: 1,
    depth: 0,
    select: { contact: true, trackingCode: true },
    overrideAccess: true,
  })
  const message = found.docs[0]
  const to = message?.contact?.email
  if (!message || !to) return false
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  const email = feedbackReceiptCopy({
    siteName: settings.siteName,
    trackingCode: receipt.trackingCode,
    accessKey: receipt.accessKey,
    trackUrl: `${serverUrl()}/feedback/track?code=${encodeURIComponent(receipt.trackingCode)}`,
    replyDueAt: receipt.replyDueAt,
  })
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const sentBefore = await payload.count({
      collection: 'audit-log',
      where: { and: [{ action: { equals: RECEIPT_EMAILED } }, { targetCollection: { equals: 'feedback' } }, { targetId: { equals: String(message.id) } }] },
      overrideAccess: true,
      req,
    })
    if (sentBefore.totalDocs > 0) {
      await commitTransaction(req)
      return true
    }
    await queueEmail(req, { to, ...email, kind: 'feedback-receipt-copy' })
    await writeAudit(req, { action: RECEIPT_EMAILED, targetCollection: 'feedback', targetId: message.id, summary: `留言 ${receipt.trackingCode} 的回执已按居民要求发送到其留下的邮箱` })
    await commitTransaction(req)
    return true
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
