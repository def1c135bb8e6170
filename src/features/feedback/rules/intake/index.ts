export type {
  FeedbackAbout,
  FeedbackErrors,
  FeedbackField,
  FeedbackInput,
  FeedbackKind,
  FeedbackValidation,
  ReplyChannel,
} from './types'
export { FEEDBACK_KINDS, FEEDBACK_LIMITS, isFeedbackKind } from './kinds'
export { FEEDBACK_MESSAGES } from './messages'
export { validateFeedbackInput } from './validate'
export { noticeQuestionSubject, parseAbout } from './about'
export { TRACKING_ALPHABET, generateTrackingCode, normaliseTrackingCode, type TrackingPrefix } from './tracking-code'
export { deriveAccessKey, hashAccessKey, isIdempotencyToken } from './access-key'
export { maskEmail, maskName, maskPhone } from '@/features/feedback/rules/personal-data/mask'
export { findPersonalData, redactPersonalData, type PersonalDataHit } from '@/features/feedback/rules/personal-data/personal-data'
export { receiptFileName, receiptText, type ReceiptTextInput } from './receipt-text'
