import type { CollectionBeforeValidateHook } from 'payload'
import { normaliseDocumentNumber } from '@/features/policies/rules/notice-text'

/** Tidies what staff type before validation: one bracket style for numbers, no stray spaces. */
export const normaliseNoticeInput: CollectionBeforeValidateHook = ({ data }) => {
  if (!data) return data
  if (typeof data.title === 'string') data.title = data.title.trim()
  if (typeof data.documentNumber === 'string') {
    const raw = data.documentNumber.trim()
    data.documentNumber = raw ? (normaliseDocumentNumber(raw) ?? raw) : null
  }
  if (typeof data.slug === 'string') data.slug = data.slug.trim().toLowerCase() || undefined
  return data
}
