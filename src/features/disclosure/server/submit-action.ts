'use server'

import config from '@payload-config'
import { cookies, headers } from 'next/headers'
import { getPayload } from 'payload'
import { sealReceipt } from '@/features/feedback'
import { consumeRequestLimits } from '@/platform/security/request-limits'
import { inScript, isScript } from '@/platform/site-shell/chinese-script'
import { APPLY_PATH, RECEIPT_COOKIE } from './paths'
import { submitApplication } from './submit-application'

export type ApplicationFormValues = Record<string, string>

export type ApplicationFormState =
  | { status: 'idle' }
  | { status: 'error'; errors: Record<string, string>; formError?: string; values: ApplicationFormValues }
  | { status: 'done'; trackingCode: string; accessKey: string; answerDueDay: string }

const FIELDS = ['applicantType', 'organisationKind', 'name', 'idType', 'idNumber', 'phone', 'email', 'address', 'description', 'preferredForm', 'collectionManner', 'token']

/** The application form's server action: a plain POST without JavaScript, and with it. */
export async function submitApplicationAction(_previous: ApplicationFormState, form: FormData): Promise<ApplicationFormState> {
  const script = isScript(form.get('script')) ? (form.get('script') as 'hans' | 'hant') : 'hans'
  const values: ApplicationFormValues = {}
  for (const name of FIELDS) {
    const value = form.get(name)
    if (typeof value === 'string') values[name] = value.slice(0, 10_000)
  }
  const payload = await getPayload({ config })
  const result = await submitApplication(payload, {
    fields: values,
    idempotencyToken: values.token,
    honeypot: form.get('website'),
    admit: async () => consumeRequestLimits(['submit', 'submitSiteWide'], await headers()),
  })
  if (result.ok) {
    const receipt = { trackingCode: result.trackingCode, accessKey: result.accessKey, needsModeration: false, replyDueAt: result.answerDueDay }
    // Kept for a reload, as for messages: the page shows it instead of an empty form until it ends.
    ;(await cookies()).set(RECEIPT_COOKIE, sealReceipt(receipt), { httpOnly: true, sameSite: 'strict', path: APPLY_PATH, secure: process.env.NODE_ENV === 'production' && Boolean(process.env.SERVER_URL?.startsWith('https://')) })
    return { status: 'done', trackingCode: result.trackingCode, accessKey: result.accessKey, answerDueDay: result.answerDueDay }
  }
  const t = (text: string) => inScript(script, text)
  const errors = Object.fromEntries(Object.entries(result.errors).map(([field, message]) => [field, t(message ?? '')]))
  return { status: 'error', errors, formError: result.formError ? t(result.formError) : undefined, values }
}
