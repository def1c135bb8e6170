import type { TaskConfig } from 'payload'

/** What the outbox stores for one message: everything needed to send it again, nothing else. */
export type SendEmailInput = {
  to: string
  subject: string
  html: string
  text: string
  /** Free label for staff looking at the queue, e.g. "feedback-received". Never sent. */
  kind?: string | null
  /** List headers checked by `queueEmail` (one-click unsubscribe of a mailing). */
  headers?: Record<string, string> | null
}

export type SendEmailOutput = { messageId?: string | null }

export const SEND_EMAIL_TASK = 'sendEmail' as const

/** First retry 10 s after a failure, then 20 s, 40 s … 1280 s (Payload: 2^(failures − 1) × delay). */
export const SEND_EMAIL_RETRY_DELAY_MS = 10_000
/** Payload counts retries, not tries: 1 try + 8 retries ≈ 42 minutes of SMTP outage before giving up. */
export const SEND_EMAIL_RETRIES = 8

/**
 * The outbox worker. Jobs are queued in the transaction of whatever the resident submitted (see
 * `queueEmail`) and run later by `payload.jobs.run()` (autoRun cron on the server).
 *
 * - Any error (SMTP down, timeout, recipient refused) is thrown: Payload logs a failed attempt in the
 *   job, leaves it incomplete and sets `waitUntil` by the exponential backoff below.
 * - Once the handler has returned, Payload writes a "succeeded" log entry for the task; if the job
 *   is ever run again (a crash before `completedAt` was written, or `runByID`), the task is restored
 *   from that entry (`shouldRestore: true`, Payload's default made explicit) and nothing is re-sent.
 */
export const sendEmailTask: TaskConfig<{ input: SendEmailInput; output: SendEmailOutput }> = {
  slug: SEND_EMAIL_TASK,
  label: '发送邮件',
  inputSchema: [
    { name: 'to', type: 'text', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'html', type: 'textarea', required: true },
    { name: 'text', type: 'textarea', required: true },
    { name: 'kind', type: 'text' },
    { name: 'headers', type: 'json' },
  ],
  outputSchema: [{ name: 'messageId', type: 'text' }],
  retries: {
    attempts: SEND_EMAIL_RETRIES,
    backoff: { type: 'exponential', delay: SEND_EMAIL_RETRY_DELAY_MS },
    shouldRestore: true,
  },
  handler: async ({ input, req }) => {
    const info: unknown = await req.payload.sendEmail({
      to: input.to,
      subject: input.subject,
      html: input.html,
      text: input.text,
      ...(input.headers ? { headers: input.headers } : {}),
    })
    // nodemailer resolves when the server accepted at least one recipient; with one recipient a
    // refusal rejects anyway, but never count a refused recipient as delivered.
    const { messageId, rejected } = (info ?? {}) as { messageId?: unknown; rejected?: unknown }
    if (Array.isArray(rejected) && rejected.length > 0) {
      throw new Error(`SMTP server refused the recipient (${rejected.length})`)
    }
    return { output: { messageId: typeof messageId === 'string' ? messageId : null } }
  },
}
