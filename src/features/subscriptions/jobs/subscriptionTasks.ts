import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest, type TaskConfig } from 'payload'
import { notifyPublished, type NotifyInput } from '@/features/subscriptions/server/notify-published'
import { sendWeeklyDigests } from '@/features/subscriptions/server/weekly-digest'

/**
 * A mailing's reads, e-mails and record in one transaction of its own (as the health reminders
 * do), not in the job runner's request: all of it is queued, or none.
 */
async function inOwnTransaction<T>(payload: Payload, work: (req: PayloadRequest) => Promise<T>): Promise<T> {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const result = await work(req)
    await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

export const NOTIFY_SUBSCRIBERS_TASK = 'notifySubscribers' as const
export const WEEKLY_DIGEST_TASK = 'weeklySubscriptionDigest' as const

/** Queued by `notifySubscribers` hooks when a page is published. */
export const notifySubscribersTask: TaskConfig<{ input: NotifyInput; output: { sent: number } }> = {
  slug: NOTIFY_SUBSCRIBERS_TASK,
  label: '订阅更新提醒',
  retries: 3,
  inputSchema: [
    { name: 'section', type: 'text', required: true },
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'sent', type: 'number' }],
  handler: async ({ input, req }) => ({ output: await inOwnTransaction(req.payload, (own) => notifyPublished(req.payload, own, input)) }),
}

/** Queued hourly by `scheduleWeeklyDigests`; each subscriber's digest is due a week after the last. */
export const weeklyDigestTask: TaskConfig<{ input: Record<string, never>; output: { sent: number; forgotten: number } }> = {
  slug: WEEKLY_DIGEST_TASK,
  label: '订阅每周汇总',
  retries: 2,
  outputSchema: [
    { name: 'sent', type: 'number' },
    { name: 'forgotten', type: 'number' },
  ],
  handler: async ({ req }) => ({ output: await inOwnTransaction(req.payload, (own) => sendWeeklyDigests(req.payload, own)) }),
}

const HOUR_MS = 60 * 60_000

/** Started by src/instrumentation.ts on the instance that works the queue: after 3 minutes, then hourly. */
export function scheduleWeeklyDigests(queue: () => Promise<unknown>) {
  const run = () => void queue().catch((error) => console.error('queueing subscription digests failed', error))
  setTimeout(run, 3 * 60_000).unref()
  setInterval(run, HOUR_MS).unref()
}
