import path from 'node:path'
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import { outboxFolderTransport } from './outbox-folder-transport'

export const OUTBOX_FOLDER = path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.OUTBOX_DIR || 'data/outbox')

/** SMTP when SMTP_URL is set (e.g. smtp://user:pass@host:587); otherwise .eml files in data/outbox/. */
export function emailAdapter() {
  const defaults = {
    defaultFromAddress: process.env.EMAIL_FROM_ADDRESS || 'noreply@example.gov.cn',
    defaultFromName: process.env.EMAIL_FROM_NAME || '成都市卫生健康委员会（计划生育）',
  }
  const smtpUrl = process.env.SMTP_URL
  if (smtpUrl) {
    // Verification would delay start-up and fail it while SMTP is down; the outbox retries instead.
    return nodemailerAdapter({ ...defaults, transport: nodemailer.createTransport(withSmtpTimeouts(smtpUrl)), skipVerify: true })
  }
  return nodemailerAdapter({
    ...defaults,
    transport: nodemailer.createTransport(outboxFolderTransport(OUTBOX_FOLDER)),
    skipVerify: true,
  })
}

/**
 * nodemailer waits up to 2 min for a connection and 10 min on a silent socket by default; the
 * outbox worker would sit on one unreachable server that long. Seconds are enough: a failed send is
 * retried by the job queue. Values already in the URL's query string (?socketTimeout=…) win.
 */
const SMTP_TIMEOUTS = { connectionTimeout: '10000', greetingTimeout: '10000', socketTimeout: '30000', dnsTimeout: '10000' }

export function withSmtpTimeouts(smtpUrl: string): string {
  let url: URL
  try {
    url = new URL(smtpUrl)
  } catch {
    return smtpUrl
  }
  for (const [name, value] of Object.entries(SMTP_TIMEOUTS)) {
    if (!url.searchParams.has(name)) url.searchParams.set(name, value)
  }
  return url.toString()
}
