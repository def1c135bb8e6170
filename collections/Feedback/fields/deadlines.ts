import type { Field } from 'payload'
import { handlersOnly, nobody } from './access'
import { zh } from '@/platform/admin/labels'

const computed = { create: nobody, update: nobody, read: handlersOnly }
/** Deadlines are no secret: the tracking page tells the resident when to expect an answer. */
const deadline = { create: nobody, update: nobody }
const dayAndTime = { date: { pickerAppearance: 'dayAndTime' as const } }

/**
 * Set by the hooks from the time limits in force when the message arrived; stored so that the
 * database can list what is due and compute the open-data figures with grouped queries.
 */
export const deadlineFields: Field[] = [
  { name: 'deadlineSummary', type: 'ui', label: zh('办理时限', 'Deadline'), admin: { disableListColumn: true, position: 'sidebar', components: { Field: '/features/feedback/ui/admin/DeadlineSummary#DeadlineSummary' } } },
  { name: 'dueAt', type: 'date', index: true, label: zh('当前时限', 'Due'), admin: { readOnly: true, position: 'sidebar', ...dayAndTime }, access: deadline },
  { name: 'acceptanceDueAt', type: 'date', label: zh('受理时限', 'Accept by'), admin: { readOnly: true, position: 'sidebar', ...dayAndTime }, access: deadline },
  { name: 'replyDueAt', type: 'date', label: zh('答复时限', 'Reply by'), admin: { readOnly: true, position: 'sidebar', ...dayAndTime }, access: deadline },
  { name: 'limitDays', type: 'number', label: zh('答复时限（工作日）', 'Limit (working days)'), admin: { readOnly: true, position: 'sidebar' }, access: deadline },
  { name: 'receivedMonth', type: 'text', label: zh('收到月份', 'Received month'), index: true, admin: { hidden: true }, access: computed },
  { name: 'firstRepliedAt', type: 'date', label: zh('首次答复时间', 'First replied at'), index: true, admin: { hidden: true }, access: computed },
  { name: 'workingDaysToReply', type: 'number', label: zh('答复用时（工作日）', 'Working days to reply'), admin: { hidden: true }, access: computed },
  { name: 'repliedOnTime', type: 'checkbox', label: zh('按时答复', 'Replied on time'), admin: { hidden: true }, access: computed },
  { name: 'dueSoonRemindedAt', type: 'date', label: zh('即将到期提醒时间', 'Due-soon reminder sent'), admin: { hidden: true }, access: computed },
  { name: 'overdueRemindedAt', type: 'date', label: zh('超期提醒时间', 'Overdue reminder sent'), admin: { hidden: true }, access: computed },
]
