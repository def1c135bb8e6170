import type { TaskConfig } from 'payload'
import { deleteOrphanAttachmentFiles } from '@/features/feedback/server/attachments/orphan-files'
import { anonymiseExpiredFeedback } from '@/features/feedback/server/feedback-retention'

export const ANONYMISE_FEEDBACK_TASK = 'anonymiseExpiredFeedback' as const

type Io = { input: { now?: string }; output: { cutoff: string; anonymised: number; attachmentsDeleted: number; failed: number; orphanFilesDeleted: number } }

/**
 * Anonymises messages finished longer ago than 个人信息保存期限 (留言办理时限 settings). `now`
 * in the input is for tests and drills; the server leaves it out. Then deletes attachment files
 * that no message refers to (left by a server killed mid-submission). Queued daily by
 * `scheduleFeedbackAnonymisation` (src/instrumentation.ts).
 */
export const anonymiseExpiredFeedbackTask: TaskConfig<Io> = {
  slug: ANONYMISE_FEEDBACK_TASK,
  label: '留言到期匿名化',
  retries: 2,
  inputSchema: [{ name: 'now', type: 'text' }],
  outputSchema: [
    { name: 'cutoff', type: 'text' },
    { name: 'anonymised', type: 'number' },
    { name: 'attachmentsDeleted', type: 'number' },
    { name: 'failed', type: 'number' },
    { name: 'orphanFilesDeleted', type: 'number' },
  ],
  handler: async ({ input, req }) => {
    const now = input?.now ? new Date(input.now) : new Date()
    if (Number.isNaN(now.getTime())) throw new Error(`invalid now: ${input?.now}`)
    const run = await anonymiseExpiredFeedback(req.payload, now)
    return { output: { ...run, orphanFilesDeleted: await deleteOrphanAttachmentFiles(req.payload, now) } }
  },
}

export const ANONYMISE_INTERVAL_MS = 24 * 60 * 60_000

/** Started by src/instrumentation.ts on the instance that works the queue: after 3 minutes, then daily. */
export function scheduleFeedbackAnonymisation(queue: () => Promise<unknown>) {
  const run = () => void queue().catch((error) => console.error('queueing feedback anonymisation failed', error))
  setTimeout(run, 3 * 60_000).unref()
  setInterval(run, ANONYMISE_INTERVAL_MS).unref()
}
