import type { PayloadRequest } from 'payload'
import { SEND_EMAIL_TASK, type SendEmailInput } from './sendEmail'

export type OutgoingEmail = { to: string; subject: string; html: string; text: string; kind?: string }

// Generated Payload types only learn the task slug after `payload generate:types`; this keeps the
// call typed regardless.
type QueueSendEmail = (args: {
  task: typeof SEND_EMAIL_TASK
  input: SendEmailInput
  req: PayloadRequest
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

  const queue = req.payload.jobs.queue as unknown as QueueSendEmail
  const job = await queue({
    task: SEND_EMAIL_TASK,
    input: {
      to: message.to,
      subject,
      html: message.html,
      text: message.text,
      ...(message.kind ? { kind: message.kind } : {}),
    },
    req,
  })
  return { id: job.id }
}
