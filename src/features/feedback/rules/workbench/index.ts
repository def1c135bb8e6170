export {
  WORKBENCH_QUEUES,
  isInQueue,
  isWorkbenchQueue,
  queueFilter,
  queueLabel,
  type QueueRow,
  type QueueViewer,
  type WorkbenchQueue,
} from './queues'
export { timeLeftText, workingDaysLeft } from './time-left'
export {
  deskActionLabel,
  deskActions,
  deskInputAction,
  deskUpdateData,
  isDeskAction,
  planDeskAction,
  type DeskAction,
  type DeskActionKey,
  type DeskField,
  type DeskPlan,
} from './desk-actions'
export { parseWorkbenchFilters, type WorkbenchFilters } from './filters'
export {
  TEMPLATE_ACTIONS,
  TEMPLATE_PLACEHOLDERS,
  fillTemplate,
  hasPlaceholders,
  templatesFor,
  type TemplateAction,
  type TemplateValues,
} from './templates'
export {
  LOOK_ALIKE_DAYS,
  LOOK_ALIKE_LIMIT,
  LOOK_ALIKE_THRESHOLD,
  likeness,
  lookAlikes,
  messageTokens,
  type LookAlikeCandidate,
} from './look-alike'
export {
  DIGEST_SECTIONS,
  DIGEST_SECTION_LIMIT,
  buildDigest,
  digestSection,
  isDigestDue,
  isDigestWorthSending,
  msUntilDigestRun,
  type Digest,
  type DigestItem,
  type DigestMessage,
  type DigestRecipient,
  type DigestSection,
} from './digest'
export {
  MERGE_UNDO_REASON_MAX,
  beforeMergeOf,
  mergeUndoReason,
  mergeUndoVerdict,
  restoredBeforeMerge,
  type BeforeMerge,
  type MergeUndoCase,
  type MergeUndoVerdict,
} from './merge-undo'
