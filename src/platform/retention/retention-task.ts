import type { Payload, TaskConfig } from 'payload'

type Output = { cutoff: string; anonymised: number; failed: number }
type RetentionIo = { input: { now?: string }; output: Record<string, string | number> }

/**
 * A daily retention job, the same for every feature: `now` in the input is for tests and drills
 * (the server leaves it out); the output is the run's figures. Queued by `scheduleDailyRetention`.
 */
export function retentionTask<const Slug extends string, O extends Output>(task: {
  slug: Slug
  label: string
  /** Names of the numbers `run` returns beyond cutoff, anonymised and failed. */
  moreOutputs?: string[]
  run: (payload: Payload, now: Date) => Promise<O>
}): TaskConfig<RetentionIo> & { slug: Slug } {
  return {
    slug: task.slug,
    label: task.label,
    retries: 2,
    inputSchema: [{ name: 'now', type: 'text' }],
    outputSchema: [
      { name: 'cutoff', type: 'text' },
      { name: 'anonymised', type: 'number' },
      { name: 'failed', type: 'number' },
      ...(task.moreOutputs ?? []).map((name) => ({ name, type: 'number' as const })),
    ],
    handler: async ({ input, req }) => {
      const now = input?.now ? new Date(input.now) : new Date()
      if (Number.isNaN(now.getTime())) throw new Error(`invalid now: ${input?.now}`)
      return { output: await task.run(req.payload, now) }
    },
  }
}

export const RETENTION_INTERVAL_MS = 24 * 60 * 60_000

/**
 * Started by src/instrumentation.ts on the instance that works the queue: after a few minutes,
 * then daily. Each retention job gets its own minute, so that they do not share a batch of the
 * worker (SQLite allows one writer at a time).
 */
export function scheduleDailyRetention(queue: () => Promise<unknown>, firstAfterMinutes: number) {
  const run = () => void queue().catch((error) => console.error('queueing a retention job failed', error))
  setTimeout(() => {
    run()
    setInterval(run, RETENTION_INTERVAL_MS).unref()
  }, firstAfterMinutes * 60_000).unref()
}
