import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { ERROR_REPORT_SUBMISSION } from '@/features/site-errors/access/errorReportAccess'
import { isIdempotencyToken } from '@/features/feedback/rules/intake'
import { validateErrorReport, type ErrorReportField } from '@/features/site-errors/rules'
import { tooManyAttemptsMessage } from '@/platform/security/request-limits'

export type ErrorReportSubmission = {
  fields: Record<string, unknown>
  token: unknown
  honeypot: unknown
  /** Counts a well-formed report against the rate limits; the seconds to wait when over them. */
  admit?: () => Promise<number>
}

export type ErrorReportReceipt = { reference: string; dueDay: string }

export type ErrorReportResult =
  | ({ ok: true } & ErrorReportReceipt)
  | { ok: false; errors: Partial<Record<ErrorReportField, string>>; formError?: string }

const EXPIRED_FORM = '表单已过期，请刷新页面后重新提交（您填写的内容已保留在下方）。'

/** A retried post of the same form (a double click, a reload): the report it already made. Read as the system. */
async function alreadyReported(payload: Payload, token: string): Promise<ErrorReportReceipt | null> {
  const found = await payload.find({
    collection: 'site-error-reports',
    where: { idempotencyToken: { equals: token } },
    limit: 1,
    depth: 0,
    select: { reference: true, dueDay: true },
    overrideAccess: true,
  })
  const doc = found.docs[0]
  return doc?.reference && doc.dueDay ? { reference: doc.reference, dueDay: doc.dueDay } : null
}

/** Checks and saves one report; its number is shown only after the commit, so an acknowledged report exists. */
export async function submitErrorReport(payload: Payload, input: ErrorReportSubmission): Promise<ErrorReportResult> {
  if (typeof input.honeypot === 'string' && input.honeypot.trim() !== '') return { ok: false, errors: {}, formError: '提交未成功，请刷新页面后重试。' }
  if (!isIdempotencyToken(input.token)) return { ok: false, errors: {}, formError: EXPIRED_FORM }
  const token = input.token
  const previous = await alreadyReported(payload, token)
  if (previous) return { ok: true, ...previous }
  const validation = validateErrorReport(input.fields)
  if (!validation.ok) return { ok: false, errors: validation.errors }
  const wait = (await input.admit?.()) ?? 0
  if (wait > 0) return { ok: false, errors: {}, formError: tooManyAttemptsMessage(wait) }
  for (let attempt = 0; attempt < 3; attempt++) {
    const req = await createLocalReq({ context: { [ERROR_REPORT_SUBMISSION]: true } }, payload)
    await initTransaction(req)
    try {
      const saved = await payload.create({
        collection: 'site-error-reports',
        // The number, times and status are stamped by the collection.
        data: { ...validation.data, idempotencyToken: token } as never,
        req,
        depth: 0,
        overrideAccess: false,
        user: null,
      })
      await commitTransaction(req)
      return { ok: true, reference: saved.reference ?? '', dueDay: saved.dueDay ?? '' }
    } catch (error) {
      await killTransaction(req)
      const raced = await alreadyReported(payload, token)
      if (raced) return { ok: true, ...raced }
      if (!String(error).match(/unique|reference/i)) throw error
    }
  }
  throw new Error('could not allocate a unique error report number')
}
