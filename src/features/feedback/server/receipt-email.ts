import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { hashAccessKey } from '@/features/feedback/rules/intake'
import { feedbackReceiptCopy } from '@/features/feedback/email/feedbackReceiptCopy'
import { queueEmail } from '@/platform/email/queue-email'
import { serverUrl } from '@/platform/site-shell/server-url'
import type { FeedbackReceipt } from './receipt-cookie'

/**
 * "发到我的邮箱" on the confirmation page: queues the receipt (code and key) to the address stored
 * with the message — never to an address taken from the request — once the key in the sealed
 * receipt is checked against the stored hash. Returns whether an e-mail was queued.
 */
export async function emailReceipt(payload: Payload, receipt: FeedbackReceipt): Promise<boolean> {
  const found = await payload.find({
    collection: 'feedback',
    where: { and: [{ trackingCode: { equals: receipt.trackingCode } }, { accessKeyHash: { equals: hashAccessKey(receipt.accessKey) } }] },
    limit: 1,
    depth: 0,
    select: { contact: true },
    overrideAccess: true,
  })
  const to = found.docs[0]?.contact?.email
  if (!to) return false
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
    await queueEmail(req, { to, ...email, kind: 'feedback-receipt-copy' })
    await commitTransaction(req)
    return true
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
