export {
  consultationPhase,
  daysLeft,
  outcomeRefusal,
  periodDays,
  periodRefusal,
  phaseBounds,
  phaseSentence,
  PHASE_LABELS,
  USUAL_PERIOD_DAYS,
  type ConsultationPeriod,
  type ConsultationPhase,
} from './consultation-period'
export { DECISIONS, DECISION_LABELS, decisionTally, pointRefusal, type Decision } from './outcome'
export { COMMENT_LIMITS, validateCommentInput, type CommentField, type CommentInput } from './comment-input'
export { COMMENT_CONTACT_RETENTION, commentContactDue, consultationClosedAt } from './comment-retention'
