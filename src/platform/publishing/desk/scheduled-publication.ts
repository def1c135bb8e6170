import type { PayloadRequest } from 'payload'

export const DESK_SCHEDULE_TASK = 'deskScheduledPublish' as const

export type ScheduledPublicationInput = { collection: string; docId: string; scheduledAt: string; scheduledBy: string }

/** Queues the scheduled publication, worked by the job worker at `scheduledAt` (inside `req`'s transaction). */
export async function queueScheduledPublication(req: PayloadRequest, input: ScheduledPublicationInput) {
  const queue = req.payload.jobs.queue as unknown as (args: { task: string; input: ScheduledPublicationInput; waitUntil: Date; req: PayloadRequest }) => Promise<unknown>
  await queue({ task: DESK_SCHEDULE_TASK, input, waitUntil: new Date(input.scheduledAt), req })
}

/**
 * Drops the scheduled publications of a document that have not started: when the schedule is
 * cancelled, or anyone edits the text, the reviewer's approval no longer covers what would go out.
 */
export async function cancelScheduledPublications(req: PayloadRequest, collection: string, id: string | number) {
  await req.payload.db.deleteMany({
    collection: 'payload-jobs',
    req,
    where: {
      and: [
        { taskSlug: { equals: DESK_SCHEDULE_TASK } },
        { completedAt: { exists: false } },
        { processing: { equals: false } },
        { 'input.collection': { equals: collection } },
        { 'input.docId': { equals: String(id) } },
      ],
    },
  })
}
