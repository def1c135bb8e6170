'use server'

import config from '@payload-config'
import { headers } from 'next/headers'
import { getPayload } from 'payload'
import { isScript, inScript } from '@/platform/site-shell/chinese-script'
import { consumeRequestLimits } from '@/platform/security/request-limits'
import { submitComment } from './submit-comment'

export type CommentFormState =
  | { status: 'idle' }
  | { status: 'error'; errors: Record<string, string>; formError?: string; values: Record<string, string> }
  | { status: 'done'; publishConsent: boolean }

const FIELDS = ['comment', 'name', 'contact', 'publishConsent', 'website']

/** The comment form's server action: a plain POST without JavaScript, the same with it. */
export async function submitCommentAction(_previous: CommentFormState, form: FormData): Promise<CommentFormState> {
  const script = isScript(form.get('script')) ? (form.get('script') as 'hans' | 'hant') : 'hans'
  const t = (text: string) => inScript(script, text)
  const values: Record<string, string> = {}
  for (const name of FIELDS) {
    const value = form.get(name)
    if (typeof value === 'string') values[name] = value.slice(0, 10_000)
  }
  const result = await submitComment(await getPayload({ config }), {
    slug: form.get('consultation'),
    fields: values,
    admit: async () => consumeRequestLimits(['submit', 'submitSiteWide'], await headers()),
  })
  if (result.ok) return { status: 'done', publishConsent: result.publishConsent }
  const errors = Object.fromEntries(Object.entries(result.errors).map(([field, message]) => [field, t(message ?? '')]))
  return { status: 'error', errors, formError: result.formError ? t(result.formError) : undefined, values }
}
