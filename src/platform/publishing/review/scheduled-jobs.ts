import type { PayloadRequest } from 'payload'

/**
 * Removes the scheduled publications of a document that have not started. A scheduled publish is
 * the scheduler's approval of the draft as it was when they scheduled it; when anyone edits the
 * draft afterwards, that approval no longer covers what would go out, so the schedule is dropped
 * and a reviewer schedules (or publishes) again. Scheduled unpublishing stays.
 */
export async function cancelScheduledPublications(req: PayloadRequest, collection: string, id: string | number) {
  await req.payload.db.deleteMany({
    collection: 'payload-jobs',
    req,
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { completedAt: { exists: false } },
        { processing: { equals: false } },
        { 'input.type': { equals: 'publish' } },
        { 'input.doc.relationTo': { equals: collection } },
        { or: [{ 'input.doc.value': { equals: id } }, { 'input.doc.value': { equals: String(id) } }] },
      ],
    },
  })
}
