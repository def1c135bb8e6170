import type { TaskConfig } from 'payload'
import { sendHealthReviewReminders } from '@/features/health/server/health-review-reminders'

export const HEALTH_REVIEW_REMINDERS_TASK = 'healthReviewReminders' as const

/**
 * One e-mail per health page and due date once the page's review date has passed. Queued hourly
 * by `scheduleHealthReviewReminders` (not Payload's `schedule`: see src/features/feedback/jobs/deadlineReminders.ts).
 */
export const healthReviewRemindersTask: TaskConfig<{ input: Record<string, never>; output: { sent: number } }> = {
  slug: HEALTH_REVIEW_REMINDERS_TASK,
  label: '健康知识复核提醒',
  retries: 2,
  outputSchema: [{ name: 'sent', type: 'number' }],
  handler: async ({ req }) => ({ output: await sendHealthReviewReminders(req.payload) }),
}

export const HEALTH_REVIEW_INTERVAL_MS = 60 * 60_000

/** Started by src/instrumentation.ts on the instance that works the queue: after 2 minutes, then hourly. */
export function scheduleHealthReviewReminders(queue: () => Promise<unknown>) {
  const run = () => void queue().catch((error) => console.error('queueing health review reminders failed', error))
  setTimeout(run, 2 * 60_000).unref()
  setInterval(run, HEALTH_REVIEW_INTERVAL_MS).unref()
}
