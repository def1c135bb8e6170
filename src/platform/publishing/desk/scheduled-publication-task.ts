import type { TaskConfig } from 'payload'
import { DESK_SCHEDULE_TASK, type ScheduledPublicationInput } from './scheduled-publication'
import { publishScheduled } from './take-desk-action'

/**
 * The job: publishes the document as the reviewer who scheduled it, through the desk, if it is
 * still scheduled for this time (a later edit or a cancelled schedule makes it a no-op).
 */
export const deskScheduledPublishTask: TaskConfig<{ input: ScheduledPublicationInput; output: { published: boolean } }> = {
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
    return { output: { published: await publishScheduled(req, input) } }
  },
}
