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
    return nodemailerAdapter({ ...defaults, transport: nodemailer.createTransport(smtpUrl), skipVerify: true })
  }
  return nodemailerAdapter({
    ...defaults,
    transport: nodemailer.createTransport(outboxFolderTransport(OUTBOX_FOLDER)),
    skipVerify: true,
  })
}
