import crypto from 'node:crypto'
import { FEEDBACK_LIMITS } from '@/features/feedback/rules/intake/kinds'
import { payloadSecret } from '@/platform/security/payload-secret'

/**
 * The receipt a resident sees once after sending a message: the tracking code and the key (only
 * its hash is stored). Kept for a short while in an encrypted, HttpOnly cookie on the form's own
 * path, so a reload, a lost connection or a phone that scrolled away does not lose the key; it ends
 * when the browser closes, after `FEEDBACK_LIMITS.receiptMinutes`, or when the resident clears it.
 */
export type FeedbackReceipt = {
  trackingCode: string
  accessKey: string
  needsModeration: boolean
  /** 咨询, 投诉 …, and the promise made at submission: working days and the day they run out. */
  kindLabel?: string
  acceptanceDays?: number
  replyDays?: number
  replyDueAt?: string
  /** The address the resident gave, so the page can offer to send the receipt there. */
  email?: string
  /** Set once the receipt was e-mailed, so the page says so instead of offering again. */
  emailed?: boolean
  /** When the sealed receipt ends (ms since the epoch); set by `openReceipt`. */
  expires?: number
}

export const RECEIPT_COOKIE = 'feedback_receipt'
export const RECEIPT_PATH = '/feedback/new'

const key = () => crypto.createHash('sha256').update(`feedback-receipt:${payloadSecret()}`).digest()

/** Seals a receipt for `receiptMinutes` from `now`; a re-sealed one keeps the end it had. */
export function sealReceipt(receipt: FeedbackReceipt, now = Date.now()): string {
  const expires = receipt.expires ?? now + FEEDBACK_LIMITS.receiptMinutes * 60_000
  const iv = crypto.randomBytes(12)
  const cipher = crypto.createCipheriv('aes-256-gcm', key(), iv)
  const body = Buffer.concat([cipher.update(JSON.stringify({ ...receipt, expires })), cipher.final()])
  return [iv, cipher.getAuthTag(), body].map((part) => part.toString('base64url')).join('.')
}

/** The receipt in a cookie value, or null when it is missing, forged, garbled or expired. */
export function openReceipt(value: string | undefined, now = Date.now()): FeedbackReceipt | null {
  const parts = value?.split('.')
  if (!parts || parts.length !== 3) return null
  try {
    const [iv, tag, body] = parts.map((part) => Buffer.from(part, 'base64url'))
    const decipher = crypto.createDecipheriv('aes-256-gcm', key(), iv)
    decipher.setAuthTag(tag)
    const data = JSON.parse(Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8'))
    if (typeof data?.expires !== 'number' || data.expires < now) return null
    if (typeof data.trackingCode !== 'string' || typeof data.accessKey !== 'string') return null
    const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined)
    const days = (value: unknown) => (Number.isInteger(value) && (value as number) > 0 ? (value as number) : undefined)
    const receipt: FeedbackReceipt = { trackingCode: data.trackingCode, accessKey: data.accessKey, needsModeration: data.needsModeration === true, expires: data.expires }
    const optional: Partial<FeedbackReceipt> = {
      kindLabel: text(data.kindLabel),
      acceptanceDays: days(data.acceptanceDays),
      replyDays: days(data.replyDays),
      replyDueAt: text(data.replyDueAt),
      email: text(data.email),
      emailed: data.emailed === true ? true : undefined,
    }
    for (const [name, value] of Object.entries(optional)) if (value !== undefined) Object.assign(receipt, { [name]: value })
    return receipt
  } catch {
    return null
  }
}

export const receiptCookieOptions = () => ({
  httpOnly: true,
  sameSite: 'strict' as const,
  secure: process.env.NODE_ENV === 'production' && Boolean(process.env.SERVER_URL?.startsWith('https://')),
  path: RECEIPT_PATH,
})
