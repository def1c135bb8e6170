import type { Field } from 'payload'
import { handlersOnly, nobody } from './access'
import { zh } from '@/platform/admin/labels'
import { STATUS_OPTIONS } from '@/features/feedback/rules/handling'

/**
 * 合并办理: a message handled together with a look-alike (set by the desk's merge); the other's
 * reply answers it too. `mergedAt` is public so the tracking page can tell the resident. Who merged
 * it and what it was before are kept for 撤销合并 (collections/Feedback/hooks/stampMerge.ts).
 * `mergedInto` is indexed for the few rows that have it (collections/Feedback/index.ts).
 */
export const mergeFields: Field[] = [
  {
    type: 'row',
    fields: [
      { name: 'mergedInto', type: 'relationship', relationTo: 'feedback', label: zh('并入留言', 'Merged into'), admin: { readOnly: true }, access: { read: handlersOnly, create: nobody, update: handlersOnly } },
      { name: 'mergedAt', type: 'date', label: zh('合并时间', 'Merged at'), admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } }, access: { create: nobody, update: nobody } },
      { name: 'mergedBy', type: 'relationship', relationTo: 'users', label: zh('合并人', 'Merged by'), admin: { readOnly: true }, access: { read: handlersOnly, create: nobody, update: nobody } },
    ],
  },
  {
    name: 'beforeMerge',
    type: 'group',
    label: zh('合并前的状态', 'Before the merge'),
    admin: { hidden: true },
    access: { read: handlersOnly, create: nobody, update: nobody },
    fields: [
      { name: 'status', type: 'select', label: zh('合并前的办理状态', 'Status'), options: STATUS_OPTIONS.filter((o) => o.value === 'received' || o.value === 'accepted') },
      { name: 'timelineSteps', type: 'number', label: zh('合并前的公开步骤数', 'Timeline steps') },
    ],
  },
]
