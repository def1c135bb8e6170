import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The review reminder marks the published row directly (src/features/health/server/health-review-reminders.ts), so
 * drafts started earlier do not carry the mark; publishing one must not wipe it, or the same due
 * date would be reminded twice. Read from the row itself, whatever version is being saved.
 */
export const keepReminderMark: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc?.id) return data
  const row = await req.payload.db.findOne<{ id: number | string; reviewReminderSentFor?: string | null }>({
    collection: 'health-topics',
    where: { id: { equals: originalDoc.id } },
    req,
  })
  return { ...data, reviewReminderSentFor: row?.reviewReminderSentFor ?? null }
}
