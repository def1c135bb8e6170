import type { Field } from 'payload'
import { handlersOnly, nobody } from './access'
import { zh } from '@/platform/admin/labels'

type Data = Record<string, unknown>
const when = (status: string, ...fields: string[]) => (data: Data) => data?.status === status || fields.some((f) => Boolean(data?.[f]))
const staff = { create: handlersOnly, update: handlersOnly }
// No filterOptions on the two relationships: Payload re-checks them on every save with the saver's
// access, which the resident's rating (no user) does not have. applyHandling checks a new choice.

/** Who handles the message, and the reasons that some moves of the state machine require. */
export const handlingFields: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'department',
        type: 'relationship',
        relationTo: 'departments',
        index: true,
        label: zh('承办部门', 'Department'),
        access: staff,
      },
      {
        name: 'assignedTo',
        type: 'relationship',
        relationTo: 'users',
        index: true,
        label: zh('承办人', 'Handler'),
        access: staff,
      },
    ],
  },
  { name: 'declineReason', type: 'textarea', maxLength: 1000, label: zh('不予受理理由（群众可见）', 'Reason for declining'), admin: { condition: when('declined', 'declineReason') }, access: staff },
  {
    type: 'row',
    fields: [
      { name: 'transferredTo', type: 'text', maxLength: 80, label: zh('转办单位', 'Transferred to'), admin: { condition: when('transferred', 'transferredTo') }, access: staff },
      { name: 'transferReason', type: 'text', maxLength: 500, label: zh('转办理由（群众可见）', 'Reason for transfer'), admin: { condition: when('transferred', 'transferReason') }, access: staff },
    ],
  },
  {
    type: 'collapsible',
    label: zh('延期（限一次）', 'Extension (once)'),
    admin: { initCollapsed: true },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'extensionDays', type: 'number', min: 1, label: zh('延长工作日', 'Extra working days'), access: staff },
          { name: 'extensionReason', type: 'text', maxLength: 500, label: zh('延期理由', 'Reason'), access: staff },
          { name: 'extended', type: 'checkbox', defaultValue: false, label: zh('已延期', 'Extended'), admin: { readOnly: true }, access: { create: nobody, update: nobody } },
        ],
      },
    ],
  },
  { name: 'reopenCount', type: 'number', defaultValue: 0, label: zh('重新办理次数', 'Times reopened'), admin: { readOnly: true, position: 'sidebar' }, access: { create: nobody, update: nobody } },
]
