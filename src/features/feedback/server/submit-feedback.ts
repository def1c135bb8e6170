import crypto from 'node:crypto'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { RESIDENT_SUBMISSION } from '@/features/feedback/access/residentSubmission'
import { IDEMPOTENCY_LOOKUP } from '@/features/feedback/access/trackingLookup'
import {
  deriveAccessKey,
  generateTrackingCode,
  hashAccessKey,
  isIdempotencyToken,
  validateFeedbackInput,
  type FeedbackField,
  type FeedbackInput,
} from '@/features/feedback/rules/intake'
import { sanitizeFeedbackAttachments } from './attachments'
import { payloadSecret } from '@/platform/security/payload-secret'
import { verifyFeedbackSolution } from '@/platform/security/proof-of-work'
import { tooManyAttemptsMessage } from '@/platform/security/request-limits'

export type SubmissionInput = {
  fields: Record<string, unknown>
  files: { name: string; data: Uint8Array }[]
  idempotencyToken: unknown
  proofOfWork: unknown
  honeypot: unknown
  /**
   * Counts a well-formed message against the rate limits; the seconds to wait when over them.
   * Called after validation, so empty and broken posts cost no one their allowance.
   */
  admit?: () => Promise<number>
}

export type SubmissionErrors = Partial<Record<FeedbackField | 'attachments', string>>

export type SubmissionResult =
  | { ok: true; trackingCode: string; accessKey: string; needsModeration: boolean; repeated: boolean }
  | { ok: false; errors: SubmissionErrors; formError?: string }

const EXPIRED_FORM = '表单已过期，请刷新页面后重新提交（您填写的内容已保留在下方）。'

/** The published policy a message is about, read as the visitor would see it. */
async function aboutNotice(payload: Payload, about: FeedbackInput['about']) {
  if (about?.type !== 'policy') return undefined
  const found = await payload.find({
    collection: 'policy-notices',
    where: { slug: { equals: about.key } },
    limit: 1,
    depth: 0,
    select: { title: true },
    overrideAccess: false,
    user: null,
  })
  return found.docs[0]
}

/** A retried POST of the same form: the message it already created, if any. */
async function alreadySubmitted(payload: Payload, token: string) {
  // The collection's read access turns the context into "idempotencyToken = token".
  const found = await payload.find({
    collection: 'feedback',
    limit: 1,
    depth: 0,
    select: { trackingCode: true, needsModeration: true },
    overrideAccess: false,
    user: null,
    context: { [IDEMPOTENCY_LOOKUP]: token },
  })
  return found.docs[0]
}

/**
 * Checks and saves one message with its attachments in a single transaction. The resident's
 * tracking code and key are returned only after the commit, so an acknowledged message exists.
 */
export async function submitFeedback(payload: Payload, input: SubmissionInput): Promise<SubmissionResult> {
  if (typeof input.honeypot === 'string' && input.honeypot.trim() !== '') {
    return { ok: false, errors: {}, formError: '提交未成功，请刷新页面后重试。' }
  }
  if (!isIdempotencyToken(input.idempotencyToken)) return { ok: false, errors: {}, formError: EXPIRED_FORM }
  const token = input.idempotencyToken
  const accessKey = deriveAccessKey(payloadSecret(), token)

  const previous = await alreadySubmitted(payload, token)
  if (previous) {
    return { ok: true, trackingCode: previous.trackingCode, accessKey, needsModeration: Boolean(previous.needsModeration), repeated: true }
  }

  const validation = validateFeedbackInput(input.fields)
  const attachments = await sanitizeFeedbackAttachments(input.files)
  if (!validation.ok || !attachments.ok) {
    return {
      ok: false,
      errors: { ...(validation.ok ? {} : validation.errors), ...(attachments.ok ? {} : { attachments: attachments.message }) },
    }
  }
  const wait = (await input.admit?.()) ?? 0
  if (wait > 0) return { ok: false, errors: {}, formError: tooManyAttemptsMessage(wait) }
  const data = validation.data
  const proof = await verifyFeedbackSolution(input.proofOfWork)
  const notice = await aboutNotice(payload, data.about)

  for (let attempt = 0; attempt < 3; attempt++) {
    const trackingCode = generateTrackingCode(new Date().getFullYear(), (n) => crypto.randomBytes(n))
    const req = await createLocalReq({ context: { [RESIDENT_SUBMISSION]: true } }, payload)
    await initTransaction(req)
    try {
      const files = []
      for (const file of attachments.files) {
        const created = await payload.create({ collection: 'feedback-attachments', data: {}, file, req, overrideAccess: false, user: null })
        files.push(created.id)
      }
      await payload.create({
        collection: 'feedback',
        data: {
          trackingCode,
          // Ignored for residents (field access); the collection records 'received' itself.
          status: 'received',
          kind: data.kind,
          subject: data.subject,
          message: data.message,
          about: data.about ? { type: data.about.type, key: data.about.key, title: notice?.title } : undefined,
          notice: notice?.id,
          attachments: files,
          contact: { name: data.name, phone: data.phone, email: data.email },
          replyBy: data.replyBy,
          publishConsent: data.publishConsent,
          needsModeration: !proof.verified,
          accessKeyHash: hashAccessKey(accessKey),
          idempotencyToken: token,
        },
        req,
        overrideAccess: false,
        user: null,
      })
      await commitTransaction(req)
      return { ok: true, trackingCode, accessKey, needsModeration: !proof.verified, repeated: false }
    } catch (error) {
      await killTransaction(req)
      // A double click racing this one committed first: show the resident that message.
      const raced = await alreadySubmitted(payload, token)
      if (raced) return { ok: true, trackingCode: raced.trackingCode, accessKey, needsModeration: Boolean(raced.needsModeration), repeated: true }
      if (!String(error).match(/unique|tracking/i)) throw error
    }
  }
  throw new Error('could not allocate a unique tracking code')
}
