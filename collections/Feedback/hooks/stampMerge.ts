import type { CollectionBeforeChangeHook } from 'payload'

/** Dates the merge once, when a message is first merged into another; a merge is never undone. */
export const stampMerge: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  if (operation !== 'update') return data
  const before = originalDoc?.mergedInto ?? null
  if (before) return { ...data, mergedInto: before, mergedAt: originalDoc?.mergedAt }
  if (data.mergedInto) return { ...data, mergedAt: new Date().toISOString() }
  return data
}
