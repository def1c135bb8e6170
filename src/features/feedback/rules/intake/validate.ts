import { parseAbout } from './about'
import { checkEmail, checkPhone, messageProblem, nameProblem, subjectProblem } from './fields'
import { isFeedbackKind } from './kinds'
import { FEEDBACK_MESSAGES as M } from './messages'
import { formText } from './text'
import type { FeedbackErrors, FeedbackInput, FeedbackValidation, ReplyChannel } from './types'

const REPLY_CHANNELS: readonly ReplyChannel[] = ['none', 'email', 'phone']

/**
 * Checks a submitted form. Only the fields a resident may set are read: anything else in `raw`
 * (status, reply, trackingCode, …) never reaches the result. Non-string values count as missing.
 */
export function validateFeedbackInput(raw: Record<string, unknown>): FeedbackValidation {
  const errors: FeedbackErrors = {}

  const kind = formText(raw, 'kind')
  if (!isFeedbackKind(kind)) errors.kind = M.kind

  const subject = formText(raw, 'subject')
  const subjectError = subjectProblem(subject)
  if (subjectError) errors.subject = subjectError

  const message = formText(raw, 'message')
  const messageError = messageProblem(message)
  if (messageError) errors.message = messageError

  const name = formText(raw, 'name')
  const nameError = name ? nameProblem(name) : undefined
  if (nameError) errors.name = nameError

  const phone = formText(raw, 'phone')
  const checkedPhone = phone ? checkPhone(phone) : undefined
  if (checkedPhone?.error) errors.phone = checkedPhone.error

  const email = formText(raw, 'email')
  const checkedEmail = email ? checkEmail(email) : undefined
  if (checkedEmail?.error) errors.email = checkedEmail.error

  // An empty choice means the default; a value outside the list means a tampered or stale form,
  // which is reported rather than silently turned into 'none'.
  const replyText = formText(raw, 'replyBy') || 'none'
  const replyBy = REPLY_CHANNELS.find((channel) => channel === replyText)
  if (!replyBy) errors.replyBy = M.replyBy
  if (replyBy === 'email' && !email) errors.email = M.emailNeeded
  if (replyBy === 'phone' && !phone) errors.phone = M.phoneNeeded

  const consent = formText(raw, 'publishConsent').toLowerCase()
  if (consent !== 'yes' && consent !== 'no') errors.publishConsent = M.publishConsent

  if (Object.keys(errors).length > 0) return { ok: false, errors }

  const data: FeedbackInput = {
    kind: kind as FeedbackInput['kind'],
    subject,
    message,
    replyBy: replyBy ?? 'none',
    publishConsent: consent === 'yes',
  }
  const about = parseAbout(raw.about)
  if (about) data.about = about
  if (name) data.name = name
  if (checkedPhone?.value) data.phone = checkedPhone.value
  if (checkedEmail?.value) data.email = checkedEmail.value
  return { ok: true, data }
}
