import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { emailReceipt } from '@/features/feedback/server/receipt-email'
import { RESIDENT_COMPLAINT, submitResidentMessage } from './helpers/resident-message'

let payload: Payload

/** The receipt copies waiting in the outbox (sendEmail jobs) for that address. */
async function receiptCopiesTo(address: string) {
  const jobs = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'sendEmail' } }, limit: 1000, depth: 0, overrideAccess: true })
  return jobs.docs.filter((job) => {
    const input = job.input as { to?: string; kind?: string } | undefined
    return input?.to === address && input.kind === 'feedback-receipt-copy'
  }).length
}

beforeAll(async () => {
  payload = await getPayload({ config })
})

describe('the receipt e-mailed on request', () => {
  it('goes once to the address stored with the message, even when an older receipt cookie is replayed', async () => {
    const email = 'receipt-once@example.test'
    const sent = await submitResidentMessage(payload, { ...RESIDENT_COMPLAINT, email })
    const receipt = { trackingCode: sent.trackingCode, accessKey: sent.accessKey, needsModeration: sent.needsModeration, email }
    expect(await emailReceipt(payload, receipt)).toBe(true)
    expect(await receiptCopiesTo(email)).toBe(1)
    // The same sealed receipt again (the cookie from before "已发送" was set): nothing more is queued.
    expect(await emailReceipt(payload, receipt)).toBe(true)
    expect(await receiptCopiesTo(email)).toBe(1)
    const audit = await payload.find({ collection: 'audit-log', where: { action: { equals: 'feedback.receipt-emailed' } }, overrideAccess: true })
    expect(audit.docs.map((entry) => entry.summary)).toEqual([expect.stringContaining(sent.trackingCode)])
  })

  it('is not sent with a wrong key, nor for a message without an address', async () => {
    const sent = await submitResidentMessage(payload, { ...RESIDENT_COMPLAINT, email: 'wrong-key@example.test' })
    expect(await emailReceipt(payload, { trackingCode: sent.trackingCode, accessKey: 'x'.repeat(30), needsModeration: false })).toBe(false)
    expect(await receiptCopiesTo('wrong-key@example.test')).toBe(0)
    const noAddress = await submitResidentMessage(payload, { ...RESIDENT_COMPLAINT, email: '', replyBy: 'phone' })
    expect(await emailReceipt(payload, { trackingCode: noAddress.trackingCode, accessKey: noAddress.accessKey, needsModeration: false })).toBe(false)
  })
})
