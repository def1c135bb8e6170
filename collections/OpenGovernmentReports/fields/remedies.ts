import type { Field } from 'payload'
import { REMEDY_CASES, REMEDY_RESULTS, remedyCountProblem } from '@/features/annual-reports/rules'
import { zh } from '@/platform/admin/labels'

const count = (result: (typeof REMEDY_RESULTS)[number]): Field => ({
  name: result.key,
  type: 'number',
  required: true,
  defaultValue: 0,
  min: 0,
  label: zh(result.label, result.key),
  validate: (value: unknown) => remedyCountProblem(value) ?? true,
})

/** 政府信息公开行政复议、行政诉讼情况: entered by staff, one row of counts per kind of case (总计 is added up). */
export const remediesField: Field = {
  name: 'remedies',
  type: 'group',
  label: zh('四、政府信息公开行政复议、行政诉讼情况', 'Reconsideration and litigation'),
  admin: { description: zh('按本年度的案件填写件数；“总计”自动相加。', 'Counts of the year; totals are added up.') },
  fields: REMEDY_CASES.map((remedy) => ({
    name: remedy.key,
    type: 'group',
    label: zh(remedy.label, remedy.key),
    fields: [{ type: 'row', fields: REMEDY_RESULTS.map(count) }],
  })),
}
