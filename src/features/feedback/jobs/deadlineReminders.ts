import type { TaskConfig } from 'payload'
import { sendDeadlineReminders } from '@/features/feedback/server/deadline-reminders'

export const DEADLINE_REMINDERS_TASK = 'feedbackDeadlineReminders' as const

/**
 * Reminders for messages near or past their deadline; each message is reminded once per
 * threshold. Queued every 15 minutes by `scheduleDeadlineReminders` (not Payload's `schedule`,
 * whose bookkeeping writes outside a transaction and collides with SQLite's single writer).
 */
export const deadlineRemindersTask: TaskConfig<{ input: Record<string, never>; output: { dueSoon: number; overdue: number } }> = {
  slug: DEADLINE_REMINDERS_TASK,
  label: '留言时限提醒',
  retries: 2,
  outputSchema: [
    { name: 'dueSoon', type: 'number' },
    { name: 'overdue', type: 'number' },
  ],
  handler: async ({ req }) => {
    const sent = await sendDeadlineReminders(req.payload)
    return { output: { dueSoon: sent['due-soon'], overdue: sent.overdue } }
  },
}

export const REMINDER_INTERVAL_MS = 15 * 60_000

/**
 * Started by the server that works the job queue (src/instrumentation.ts): queues a reminder run
 * one minute after start and then every 15 minutes. Each run goes through the queue, so it is
 * logged and retried like any other job.
 */
export function scheduleDeadlineReminders(queue: () => Promise<unknown>) {
  const run = () => void queue().catch((error) => console.error('queueing deadline reminders failed', error))
  setTimeout(run, 60_000).unref()
  setInterval(run, REMINDER_INTERVAL_MS).unref()
}
