import type { TaskConfig } from 'payload'
import { msUntilDigestRun } from '@/features/feedback/rules/workbench'
import { sendDailyDigests } from '@/features/feedback/server/workbench/digest-emails'

export const DAILY_DIGESTS_TASK = 'feedbackDailyDigests' as const

type Io = { input: { now?: string }; output: { handlers: number; departments: number; empty: number } }

/**
 * The handlers' and departments' daily digest e-mails (opt-in; src/features/feedback/server/
 * workbench/digest-emails.ts). `now` in the input is for tests; the server leaves it out. A
 * retry or a second run on the same day sends nothing twice (each recipient is stamped).
 */
export const dailyDigestsTask: TaskConfig<Io> = {
  slug: DAILY_DIGESTS_TASK,
  label: '每日留言待办汇总',
  retries: 2,
  inputSchema: [{ name: 'now', type: 'text' }],
  outputSchema: [
    { name: 'handlers', type: 'number' },
    { name: 'departments', type: 'number' },
    { name: 'empty', type: 'number' },
  ],
  handler: async ({ input, req }) => {
    const now = input?.now ? new Date(input.now) : new Date()
    if (Number.isNaN(now.getTime())) throw new Error(`invalid now: ${input?.now}`)
    return { output: await sendDailyDigests(req.payload, now) }
  },
}

const START_UP_DELAY_MS = 4 * 60_000

/**
 * Started by src/instrumentation.ts on the instance that works the queue: at 08:00 Beijing time
 * every day (a start between 08:00 and 20:00 catches up after 4 minutes). Not Payload's
 * `schedule`, for the reason given in deadlineReminders.ts.
 */
export function scheduleDailyDigests(queue: () => Promise<unknown>) {
  const next = (delay: number) =>
    setTimeout(() => {
      void queue().catch((error) => console.error('queueing daily digests failed', error))
      next(msUntilDigestRun(new Date()))
    }, delay).unref()
  next(msUntilDigestRun(new Date(), START_UP_DELAY_MS))
}
