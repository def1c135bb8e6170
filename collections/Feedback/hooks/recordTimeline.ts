import type { CollectionBeforeChangeHook } from 'payload'

/** Steps residents see on the tracking page; internal steps (assignment) are not listed. */
const PUBLIC_STEPS = new Set(['received', 'accepted', 'declined', 'transferred', 'replied', 'closed'])

export const recordTimeline: CollectionBeforeChangeHook = ({ data, operation, originalDoc }) => {
  const now = new Date().toISOString()
  if (operation === 'create') return { ...data, status: 'received', timeline: [{ status: 'received', at: now }] }
  const status = data.status ?? originalDoc?.status
  if (!status || status === originalDoc?.status || !PUBLIC_STEPS.has(status)) return data
  const timeline = [...(originalDoc?.timeline ?? []).map(({ status, at }: { status: string; at: string }) => ({ status, at })), { status, at: now }]
  return {
    ...data,
    timeline,
    repliedAt: status === 'replied' ? (data.repliedAt ?? originalDoc?.repliedAt ?? now) : data.repliedAt,
  }
}
