import type { PayloadRequest } from 'payload'
import { SEND_EMAIL_TASK, type SendEmailInput } from './sendEmail'

export type OutgoingEmail = {
  to: string
  subject: string
  html: string
  text: string
  kind?: string
  /** List headers only (RFC 2369 / RFC 8058 one-click unsubscribe): see `LIST_HEADERS`. */
  headers?: ListHeaders
  /** Not sent before this time (a paced mailing); `queue` keeps such mailings apart. */
  waitUntil?: Date
  queue?: string
}

/** The only extra headers a message may carry: a mailing's unsubscribe link and its one-click POST. */
export const LIST_HEADERS = ['List-Unsubscribe', 'List-Unsubscribe-Post'] as const
export type ListHeaders = Partial<Record<(typeof LIST_HEADERS)[number], string>>

function checkedHeaders(headers: ListHeaders | undefined): ListHeaders | undefined {
  if (!headers) return undefined
  for (const [name, value] of Object.entries(headers)) {
    if (!(LIST_HEADERS as readonly string[]).includes(name) || typeof value !== 'string' || CONTROL.test(value) || value.length > 900) {
      throw new Error(`queueEmail: header "${name}" is not allowed`)
    }
  }
  return headers
}

// Generated Payload types only learn the task slug after `payload generate:types`; this keeps the
// call typed regardless.
type QueueSendEmail = (args: {
  task: typeof SEND_EMAIL_TASK
  input: SendEmailInput
  req: PayloadRequest
  waitUntil?: Date
  queue?: string
}) => Promise<{ id: number | string }>

/** One plain address: no display name, no list, nothing that could start another header. */
const PLAIN_ADDRESS = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/u
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]/u

export function assertSendableAddress(to: unknown): asserts to is string {
  if (typeof to !== 'string' || to.length > 254 || CONTROL.test(to) || !PLAIN_ADDRESS.test(to)) {
    throw new Error('queueEmail: "to" must be a single plain e-mail address')
  }
}

/**
 * Puts an e-mail in the outbox (a `sendEmail` job) inside the transaction of `req`: if whatever
 * the request is saving rolls back, the e-mail disappears with it; if it commits, the worker sends
 * it later with retries. Never talks to SMTP, so a resident never waits on it.
 */
export async function queueEmail(req: PayloadRequest, message: OutgoingEmail): Promise<{ id: number | string }> {
  assertSendableAddress(message.to)
  const subject = String(message.subject ?? '').replace(/[\u0000-\u001f\u007f\u2028\u2029]+/gu, ' ').trim()
  if (!subject) throw new Error('queueEmail: "subject" is empty')
  if (!message.html || !message.text) throw new Error('queueEmail: both "html" and "text" are required')
  const headers = checkedHeaders(message.headers)

  const queue = req.payload.jobs.queue as unknown as QueueSendEmail
  const job = await queue({
    task: SEND_EMAIL_TASK,
    input: {
      to: message.to,
      subject,
      html: message.html,
      text: message.text,
      ...(message.kind ? { kind: message.kind } : {}),
      ...(headers ? { headers } : {}),
    },
    req,
    ...(message.waitUntil ? { waitUntil: message.waitUntil } : {}),
    ...(message.queue ? { queue: message.queue } : {}),
  })
  return { id: job.id }
}
