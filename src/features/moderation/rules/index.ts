export {
  COPY_ACTIONS,
  COPY_STATUSES,
  COPY_STATUS_LABELS,
  COPY_STATUS_OPTIONS,
  availableCopyActions,
  copyActionRefusal,
  isCopyAction,
  isCopyStatus,
  textsEditableIn,
  type CopyAction,
  type CopyActor,
  type CopyState,
  type CopyStatus,
} from './copy-status'
export {
  FIELD_LABELS,
  allowListFrom,
  approvalRefusal,
  confirmationsInUse,
  copyFlags,
  describeFlag,
  unresolvedFlags,
  type CopyFlag,
  type CopyTexts,
  type FlagConfirmation,
  type FlagOptions,
} from './copy-flags'
export { SUBJECT_MAX_LENGTH, suggestedReplyCopy, type ReplyTexts } from './suggested-copy'
