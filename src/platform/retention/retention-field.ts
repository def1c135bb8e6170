import type { NumberField } from 'payload'
import type { RetentionPeriod } from './rules/retention-period'

/** The number field of a global where an administrator sets a retention period, in months. */
export const retentionMonthsField = (name: string, period: RetentionPeriod, label: string, description: string): NumberField => ({
  name,
  type: 'number',
  required: true,
  min: period.minMonths,
  max: period.maxMonths,
  defaultValue: period.defaultMonths,
  label: { zh: label, en: name },
  admin: { description: { zh: description, en: `Months; ${period.minMonths}–${period.maxMonths}, default ${period.defaultMonths}.` } },
})
