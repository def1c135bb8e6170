'use server'

import config from '@payload-config'
import { cookies, headers } from 'next/headers'
import { getPayload } from 'payload'
import { isScript, inScript } from '@/platform/site-shell/chinese-script'
import { consumeRequestLimits } from '@/platform/security/request-limits'
import { RECEIPT_COOKIE, receiptCookieOptions, sealReceipt, type FeedbackReceipt } from './receipt-cookie'
import { receiptPromise } from './receipt-promise'
import { submitFeedback, type SubmissionErrors } from './submit-feedback'

export type FeedbackFormValues = Record<string, string>

export type FeedbackFormState =
  | { status: 'idle' }
  | { status: 'error'; errors: SubmissionErrors; formError?: string; values: FeedbackFormValues }
  | ({ status: 'done' } & FeedbackReceipt)

const TEXT_FIELDS = ['kind', 'subject', 'message', 'about', 'name', 'phone', 'email', 'replyBy', 'publishConsent', 'token']

/** The form's server action: works as a plain POST without JavaScript, and with it. */
export async function submitFeedbackAction(_previous: FeedbackFormState, form: FormData): Promise<FeedbackFormState> {
  const script = isScript(form.get('script')) ? (form.get('script') as 'hans' | 'hant') : 'hans'
  const values: FeedbackFormValues = {}
  for (const name of TEXT_FIELDS) {
    const value = form.get(name)
    if (typeof value === 'string') values[name] = value.slice(0, 60_000)
  }
  const files = await Promise.all(
    form
      .getAll('attachments')
      // An empty file input still sends an empty part (a nameless Blob when sent by JavaScript).
      .filter((item): item is File => typeof item === 'object' && item !== null && 'arrayBuffer' in item && item.size > 0)
      .map(async (file) => ({ name: file.name ?? '', data: new Uint8Array(await file.arrayBuffer()) })),
  )
  const payload = await getPayload({ config })
  const result = await submitFeedback(payload, {
    fields: values,
    files,
    idempotencyToken: values.token,
    proofOfWork: form.get('altcha'),
    honeypot: form.get('website'),
    admit: async () => consumeRequestLimits(['submit', 'submitSiteWide'], await headers()),
  })
  if (result.ok) {
    const receipt = { trackingCode: result.trackingCode, accessKey: result.accessKey, needsModeration: result.needsModeration }
    // Kept for a reload: the page shows it instead of an empty form until it expires or is cleared.
    const promise = await receiptPromise(values.kind, values.email)
    ;(await cookies()).set(RECEIPT_COOKIE, sealReceipt({ ...receipt, ...promise }), receiptCookieOptions())
    return { status: 'done', ...receipt, ...promise }
  }
  const t = (text: string) => inScript(script, text)
  const errors = Object.fromEntries(Object.entries(result.errors).map(([field, message]) => [field, t(message ?? '')]))
  return { status: 'error', errors, formError: result.formError ? t(result.formError) : undefined, values }
}
