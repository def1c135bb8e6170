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
