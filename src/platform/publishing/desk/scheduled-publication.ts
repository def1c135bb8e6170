import type { PayloadRequest, TaskConfig } from 'payload'

export const DESK_SCHEDULE_TASK = 'deskScheduledPublish' as const

type Input = { collection: string; docId: string; scheduledAt: string; scheduledBy: string }

/** Queues the scheduled publication, worked by the job worker at `scheduledAt` (inside `req`'s transaction). */
export async function queueScheduledPublication(req: PayloadRequest, input: Input) {
  const queue = req.payload.jobs.queue as unknown as (args: { task: string; input: Input; waitUntil: Date; req: PayloadRequest }) => Promise<unknown>
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

/**
 * The job: publishes the document as the reviewer who scheduled it, through the desk, if it is
 * still scheduled for this time (a later edit or a cancelled schedule makes it a no-op).
 */
export const deskScheduledPublishTask: TaskConfig<{ input: Input; output: { published: boolean } }> = {
  slug: DESK_SCHEDULE_TASK,
  label: '定时发布',
  retries: 2,
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'docId', type: 'text', required: true },
    { name: 'scheduledAt', type: 'text', required: true },
    { name: 'scheduledBy', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'published', type: 'checkbox' }],
  handler: async ({ input, req }) => {
    const { publishScheduled } = await import('./take-desk-action')
    return { output: { published: await publishScheduled(req, input) } }
  },
}
