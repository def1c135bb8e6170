import type { Field } from 'payload'
import { RATINGS } from '@/features/feedback/rules/handling'
import { nobody, residentOnly } from './access'
import { zh } from '@/platform/admin/labels'

const resident = { create: nobody, update: residentOnly }

/** The resident's verdict on the reply, given on the tracking page; staff can read, never set it. */
export const ratingFields: Field[] = [
  {
    type: 'collapsible',
    label: zh('群众评价', 'Rating'),
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'rating', type: 'select', index: true, label: zh('满意度', 'Rating'), options: RATINGS.map(({ value, label }) => ({ value, label })), admin: { readOnly: true }, access: resident },
          { name: 'ratedAt', type: 'date', label: zh('评价时间', 'Rated at'), admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } }, access: { create: nobody, update: nobody } },
        ],
      },
      { name: 'ratingComment', type: 'textarea', maxLength: 500, label: zh('评价意见', 'Comment'), admin: { readOnly: true }, access: resident },
    ],
  },
]
