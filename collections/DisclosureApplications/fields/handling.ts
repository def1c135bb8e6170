import type { Field } from 'payload'
import { ANSWER_TYPES, APPLICATION_STATUSES, optionsOf } from '@/features/disclosure/rules'
import { nobody } from '@collections/Feedback/fields/access'
import { zh } from '@/platform/admin/labels'

// Everything here moves only through the steps of the 办理 tab (src/features/disclosure/server/
// take-step.ts), which check the rules first; nobody edits it field by field.
const locked = { access: { create: nobody, update: nobody }, admin: { readOnly: true } }

export const handlingFields: Field[] = [
  {
    type: 'row',
    fields: [
      { name: 'status', type: 'select', required: true, index: true, defaultValue: 'received', label: zh('状态', 'Status'), options: optionsOf(APPLICATION_STATUSES), ...locked },
      { name: 'receivedAt', type: 'date', required: true, index: true, label: zh('收到时间', 'Received'), ...locked, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
      { name: 'answerDueDay', type: 'text', index: true, label: zh('答复期限', 'Answer due'), ...locked, admin: { readOnly: true, description: zh('补正期间为空（期限中止）。', 'Empty while stopped for correction.') } },
    ],
  },
  {
    name: 'corrections',
    type: 'array',
    label: zh('补正', 'Corrections'),
    maxRows: 1,
    ...locked,
    fields: [
      { name: 'requestedAt', type: 'date', required: true, label: zh('告知补正时间', 'Requested') },
      { name: 'dueDay', type: 'text', required: true, label: zh('补正期限', 'Due') },
      { name: 'what', type: 'textarea', required: true, maxLength: 2000, label: zh('需要补正的事项', 'What') },
      { name: 'answeredAt', type: 'date', label: zh('补正时间', 'Answered') },
      { name: 'answer', type: 'textarea', maxLength: 3000, label: zh('补正内容', 'Answer') },
    ],
  },
  {
    name: 'extension',
    type: 'group',
    label: zh('延长答复期限', 'Extension'),
    ...locked,
    fields: [
      { name: 'days', type: 'number', min: 1, max: 20, label: zh('延长工作日', 'Days') },
      { name: 'approvedBy', type: 'text', maxLength: 60, label: zh('批准人', 'Approved by') },
      { name: 'reason', type: 'textarea', maxLength: 1000, label: zh('理由', 'Reason') },
      { name: 'at', type: 'date', label: zh('批准时间', 'At') },
    ],
  },
  {
    name: 'answer',
    type: 'group',
    label: zh('答复', 'Answer'),
    ...locked,
    fields: [
      { name: 'type', type: 'select', index: true, options: optionsOf(ANSWER_TYPES), label: zh('答复类型', 'Type') },
      { name: 'reason', type: 'text', maxLength: 40, label: zh('依据或理由类别', 'Ground') },
      { name: 'provided', type: 'textarea', maxLength: 5000, label: zh('公开的内容', 'Provided') },
      { name: 'withheldPart', type: 'textarea', maxLength: 2000, label: zh('不予公开的部分', 'Withheld') },
      { name: 'explanation', type: 'textarea', maxLength: 3000, label: zh('理由说明', 'Explanation') },
      { name: 'otherBody', type: 'text', maxLength: 200, label: zh('负责公开的机关', 'Other body') },
      { name: 'answeredAt', type: 'date', label: zh('答复时间', 'Answered') },
      { name: 'answeredBy', type: 'relationship', relationTo: 'users', label: zh('答复人', 'Answered by') },
    ],
  },
  // The letter as sent, with the applicant's name: only the letter view and the applicant see it.
  { name: 'letter', type: 'textarea', label: zh('告知书正文', 'Letter'), maxLength: 20000, access: { read: nobody, create: nobody, update: nobody }, admin: { hidden: true } },
  {
    name: 'timeline',
    type: 'array',
    label: zh('办理进程（申请人可见）', 'Timeline'),
    ...locked,
    fields: [
      { name: 'label', type: 'text', required: true, maxLength: 80, label: zh('步骤', 'Step') },
      { name: 'at', type: 'date', required: true, label: zh('时间', 'At') },
    ],
  },
]
