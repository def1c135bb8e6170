import type { CollectionBeforeChangeHook } from 'payload'
import { maskEmail, maskName, maskPhone } from '@/features/feedback/rules/intake'

/** Staff screens show contact details masked (138****1234); the masks are kept beside the originals. */
export const maskContact: CollectionBeforeChangeHook = ({ data, operation }) => {
  if (operation !== 'create' || !data.contact) return data
  const { name, phone, email } = data.contact as { name?: string; phone?: string; email?: string }
  return {
    ...data,
    contactMasked: {
      name: name ? maskName(name) : undefined,
      phone: phone ? maskPhone(phone) : undefined,
      email: email ? maskEmail(email) : undefined,
    },
  }
}
