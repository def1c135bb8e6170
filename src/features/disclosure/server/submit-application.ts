import crypto from 'node:crypto'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { validateApplicationInput, type ApplicationErrors } from '@/features/disclosure/rules'
import { IDEMPOTENCY_LOOKUP, RESIDENT_SUBMISSION } from '@/features/feedback'
import { deriveAccessKey, generateTrackingCode, hashAccessKey, isIdempotencyToken } from '@/features/feedback/rules/intake'
import { payloadSecret } from '@/platform/security/payload-secret'
import { tooManyAttemptsMessage } from '@/platform/security/request-limits'

export type ApplicationSubmission = {
  fields: Record<string, unknown>
  idempotencyToken: unknown
  honeypot: unknown
  /** Counts a well-formed application against the rate limits; the seconds to wait when over them. */
  admit?: () => Promise<number>
}

export type ApplicationResult =
  | { ok: true; trackingCode: string; accessKey: string; answerDueDay: string; repeated: boolean }
  | { ok: false; errors: ApplicationErrors; formError?: string }

const EXPIRED_FORM = '表单已过期，请刷新页面后重新提交（您填写的内容已保留在下方）。'

async function alreadySubmitted(payload: Payload, token: string) {
  // The read access (shared with messages) turns the context into "idempotencyToken = token".
  const found = await payload.find({
    collection: 'disclosure-applications',
    limit: 1,
    depth: 0,
    select: { trackingCode: true, answerDueDay: true },
    overrideAccess: false,
    user: null,
    context: { [IDEMPOTENCY_LOOKUP]: token },
  })
  return found.docs[0]
}

/**
 * Checks and saves one application in a single transaction, its receipt e-mail queued with it;
 * the tracking code and key (only its hash is stored) are returned after the commit. A retried
 * post of the same form shows the same code and key again, as for messages.
 */
export async function submitApplication(payload: Payload, input: ApplicationSubmission): Promise<ApplicationResult> {
  if (typeof input.honeypot === 'string' && input.honeypot.trim() !== '') return { ok: false, errors: {}, formError: '提交未成功，请刷新页面后重试。' }
  if (!isIdempotencyToken(input.idempotencyToken)) return { ok: false, errors: {}, formError: EXPIRED_FORM }
  const token = input.idempotencyToken
  const accessKey = deriveAccessKey(payloadSecret(), token)
  const previous = await alreadySubmitted(payload, token)
  if (previous) return { ok: true, trackingCode: previous.trackingCode, accessKey, answerDueDay: previous.answerDueDay ?? '', repeated: true }

  const validation = validateApplicationInput(input.fields)
  if (!validation.ok) return { ok: false, errors: validation.errors }
  const wait = (await input.admit?.()) ?? 0
  if (wait > 0) return { ok: false, errors: {}, formError: tooManyAttemptsMessage(wait) }
  const data = validation.data

  for (let attempt = 0; attempt < 3; attempt++) {
    const trackingCode = generateTrackingCode(new Date().getFullYear(), (n) => crypto.randomBytes(n), 'GK')
    const req = await createLocalReq({ context: { [RESIDENT_SUBMISSION]: true } }, payload)
    await initTransaction(req)
    try {
      const created = await payload.create({
        collection: 'disclosure-applications',
        data: {
          trackingCode,
          // The collection sets status, receipt time, deadline and masks itself.
          status: 'received',
          receivedAt: new Date().toISOString(),
          applicantType: data.applicantType,
          organisationKind: data.organisationKind,
          idType: data.idType,
          applicant: { name: data.name, idNumber: data.idNumber, phone: data.phone, email: data.email, address: data.address },
          description: data.description,
          preferredForm: data.preferredForm,
          collectionManner: data.collectionManner,
          accessKeyHash: hashAccessKey(accessKey),
          idempotencyToken: token,
        },
        req,
        overrideAccess: false,
        user: null,
      })
      await commitTransaction(req)
      return { ok: true, trackingCode, accessKey, answerDueDay: created.answerDueDay ?? '', repeated: false }
    } catch (error) {
      await killTransaction(req)
      const raced = await alreadySubmitted(payload, token)
      if (raced) return { ok: true, trackingCode: raced.trackingCode, accessKey, answerDueDay: raced.answerDueDay ?? '', repeated: true }
      if (!String(error).match(/unique|tracking/i)) throw error
    }
  }
  throw new Error('could not allocate a unique tracking code')
}
