'use server'

import config from '@payload-config'
import { headers } from 'next/headers'
import { getPayload } from 'payload'
import { isScript, inScript } from '@/platform/site-shell/chinese-script'
import { consumeRequestLimits } from '@/platform/security/request-limits'
import { submitErrorReport, type ErrorReportReceipt } from './submit-error-report'

export type ErrorReportFormState =
  | { status: 'idle' }
  | { status: 'error'; errors: Record<string, string>; formError?: string; values: Record<string, string> }
  | ({ status: 'done'; pageUrl: string } & ErrorReportReceipt)

const TEXT_FIELDS = ['pageUrl', 'description', 'email', 'token']

/** The 网站找错 form's action: a plain POST without JavaScript (the page answers it), and with it. */
export async function submitErrorReportAction(_previous: ErrorReportFormState, form: FormData): Promise<ErrorReportFormState> {
  const script = isScript(form.get('script')) ? (form.get('script') as 'hans' | 'hant') : 'hans'
  const values: Record<string, string> = {}
  for (const name of TEXT_FIELDS) {
    const value = form.get(name)
    if (typeof value === 'string') values[name] = value.slice(0, 5_000)
  }
  const result = await submitErrorReport(await getPayload({ config }), {
    fields: values,
    token: values.token,
    honeypot: form.get('website'),
    admit: async () => consumeRequestLimits(['errorReport', 'errorReportSiteWide'], await headers()),
  })
  // The page reported is sent back: after a plain POST the answer page has no ?page= of its own.
  if (result.ok) return { status: 'done', reference: result.reference, dueDay: result.dueDay, pageUrl: values.pageUrl ?? '' }
  const t = (text: string) => inScript(script, text)
  const errors = Object.fromEntries(Object.entries(result.errors).map(([field, message]) => [field, t(message ?? '')]))
  return { status: 'error', errors, formError: result.formError ? t(result.formError) : undefined, values }
}
