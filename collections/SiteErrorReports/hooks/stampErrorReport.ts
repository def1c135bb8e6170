import crypto from 'node:crypto'
import type { CollectionBeforeChangeHook } from 'payload'
import { shanghaiDay } from '@/features/feedback/rules/handling'
import { errorReportDueDay, errorReportReference } from '@/features/site-errors/rules'

/** A new report: its number, the moment it arrived, the day it must be answered by, and whether it can be answered by e-mail. */
export const stampErrorReport: CollectionBeforeChangeHook = ({ data, operation }) => {
  if (operation !== 'create') return data
  const now = new Date()
  return {
    ...data,
    reference: errorReportReference(shanghaiDay(now), (n) => crypto.randomBytes(n)),
    status: 'received',
    receivedAt: now.toISOString(),
    dueDay: errorReportDueDay(now),
    contactGiven: Boolean(data.email),
    outcome: null,
    answer: null,
    dismissReason: null,
    answeredAt: null,
    answeredBy: null,
  }
}
