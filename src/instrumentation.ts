/**
 * Runs once when the server starts: initialising Payload here applies pending migrations
 * (`prodMigrations`) before the first visitor arrives, and starts the job worker (the e-mail
 * outbox, deadline reminders) with `cron: true`; JOBS_AUTORUN=0 leaves both to another instance.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ getPayload }, { default: config }, { scheduleDeadlineReminders, DEADLINE_REMINDERS_TASK }] = await Promise.all([
    import('payload'),
    import('@payload-config'),
    import('./jobs/deadlineReminders'),
  ])
  const { scheduleHealthReviewReminders, HEALTH_REVIEW_REMINDERS_TASK } = await import('./jobs/healthReviewReminders')
  const payload = await getPayload({ config, cron: true })
  if (process.env.JOBS_AUTORUN !== '0') {
    scheduleDeadlineReminders(() => payload.jobs.queue({ task: DEADLINE_REMINDERS_TASK, input: {} }))
    scheduleHealthReviewReminders(() => payload.jobs.queue({ task: HEALTH_REVIEW_REMINDERS_TASK, input: {} }))
  }
}
