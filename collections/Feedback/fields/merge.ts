import type { Field } from 'payload'
import { handlersOnly, nobody } from './access'
import { zh } from '@/platform/admin/labels'

/**
 * 合并办理: a message handled together with a look-alike (set by the desk's merge); the other's
 * reply answers it too. `mergedAt` is public so the tracking page can tell the resident.
 */
export const mergeFields: Field[] = [
  {
    type: 'row',
    fields: [
      { name: 'mergedInto', type: 'relationship', relationTo: 'feedback', index: true, label: zh('并入留言', 'Merged into'), admin: { readOnly: true }, access: { read: handlersOnly, create: nobody, update: handlersOnly } },
      { name: 'mergedAt', type: 'date', label: zh('合并时间', 'Merged at'), admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } }, access: { create: nobody, update: nobody } },
    ],
  },
]
