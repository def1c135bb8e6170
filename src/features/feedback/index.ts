// What other features may use of the messages machinery besides its rules/: the sealed receipt
// cookie, the tracking form and the desk's notice line (the disclosure feature does).
export { openReceipt, sealReceipt, type FeedbackReceipt } from './server/receipt-cookie'
export { trackingProof, NOT_FOUND } from './server/track-feedback'
export type { TrackState, TrackedMessage } from './server/track-actions'
export { TrackForm } from './ui/TrackForm'
export { DeskNotice } from './ui/admin/workbench/DeskNotice'
export { RESIDENT_SUBMISSION } from './access/residentSubmission'
export { IDEMPOTENCY_LOOKUP, TRACKING_LOOKUP } from './access/trackingLookup'
