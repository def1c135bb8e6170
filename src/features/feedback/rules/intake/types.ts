export type FeedbackKind = 'consultation' | 'suggestion' | 'complaint' | 'praise' | 'report'

export type ReplyChannel = 'none' | 'email' | 'phone'

export type FeedbackAbout = { type: 'policy' | 'station' | 'district'; key: string }

/** A resident's message after validation; optional contact fields are absent when left empty. */
export type FeedbackInput = {
  kind: FeedbackKind
  subject: string
  message: string
  about?: FeedbackAbout
  name?: string
  phone?: string
  email?: string
  replyBy: ReplyChannel
  publishConsent: boolean
}

export type FeedbackField =
  | 'kind'
  | 'subject'
  | 'message'
  | 'about'
  | 'name'
  | 'phone'
  | 'email'
  | 'replyBy'
  | 'publishConsent'

export type FeedbackErrors = Partial<Record<FeedbackField, string>>

export type FeedbackValidation =
  | { ok: true; data: FeedbackInput }
  | { ok: false; errors: FeedbackErrors }
