import { characterCount, cleanText, formText, hasControlCharacters } from '@/features/feedback/rules/intake/text'

export const COMMENT_LIMITS = Object.freeze({ commentMin: 5, commentMax: 3000, nameMax: 20, contactMax: 60 })

export type CommentField = 'comment' | 'name' | 'contact'
export type CommentInput = { comment: string; name: string; contact: string; publishConsent: boolean }
export type CommentValidation = { ok: true; data: CommentInput } | { ok: false; errors: Partial<Record<CommentField, string>> }

/**
 * A resident's comment on a consultation as posted by the form. Name and contact are optional;
 * `publishConsent` is the resident's agreement that a redacted copy may be published.
 */
export function validateCommentInput(raw: Record<string, unknown>): CommentValidation {
  const comment = formText(raw, 'comment')
  const name = formText(raw, 'name')
  const contact = formText(raw, 'contact')
  const errors: Partial<Record<CommentField, string>> = {}
  const count = characterCount(comment)
  if (count < COMMENT_LIMITS.commentMin) errors.comment = `请填写您的意见，至少 ${COMMENT_LIMITS.commentMin} 个字`
  else if (count > COMMENT_LIMITS.commentMax) errors.comment = `意见不能超过 ${COMMENT_LIMITS.commentMax} 字（现在 ${count} 字），可分几次提交`
  else if (hasControlCharacters(comment, true)) errors.comment = '意见中含有无法显示的字符，请删去后重新提交'
  if (characterCount(name) > COMMENT_LIMITS.nameMax || hasControlCharacters(name)) errors.name = `称呼不能超过 ${COMMENT_LIMITS.nameMax} 字`
  if (characterCount(contact) > COMMENT_LIMITS.contactMax || hasControlCharacters(contact)) {
    errors.contact = `联系方式不能超过 ${COMMENT_LIMITS.contactMax} 字`
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  const consent = typeof raw.publishConsent === 'string' && cleanText(raw.publishConsent) === 'yes'
  return { ok: true, data: { comment, name, contact, publishConsent: consent } }
}
