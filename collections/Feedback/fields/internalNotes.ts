import type { Field } from 'payload'
import { handlersOnly, nobody } from './access'
import { zh } from '@/platform/admin/labels'

/** Notes between staff; never on the tracking page, the public board or any resident's e-mail. */
export const internalNotesField: Field = {
  name: 'internalNotes',
  type: 'array',
  label: zh('内部备注（群众不可见）', 'Internal notes'),
  labels: { singular: zh('备注', 'Note'), plural: zh('备注', 'Notes') },
  access: { read: handlersOnly, create: handlersOnly, update: handlersOnly },
  admin: { initCollapsed: true },
  fields: [
    { name: 'note', type: 'textarea', required: true, maxLength: 2000, label: zh('备注', 'Note') },
    {
      type: 'row',
      fields: [
        { name: 'author', type: 'text', label: zh('填写人', 'By'), admin: { readOnly: true }, access: { update: nobody } },
        { name: 'at', type: 'date', label: zh('时间', 'At'), admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } }, access: { update: nobody } },
      ],
    },
  ],
}
