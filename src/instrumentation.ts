/**
 * Runs once when the server starts: initialising Payload here applies pending migrations
 * (`prodMigrations`) before the first visitor arrives, and starts the job worker (the e-mail
 * outbox, deadline reminders) with `cron: true`; JOBS_AUTORUN=0 leaves both to another instance.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  // Before anything else: which addresses to believe (src/platform/security/client-ip.ts) and the
  // secret nginx replaces with each page's nonce (page-nonce.ts).
  const { proxySettingsProblem } = await import('@/platform/security/client-ip')
  const { noncePlaceholderProblem } = await import('@/platform/security/page-nonce')
  const problem = proxySettingsProblem() ?? noncePlaceholderProblem()
  if (problem) {
    console.error(`Refusing to start: ${problem}`)
    process.exit(1)
  }
  const { stampPeerAddresses } = await import('@/platform/security/stamp-peer-address')
  stampPeerAddresses()
  const [{ getPayload }, { default: config }, { scheduleDeadlineReminders, DEADLINE_REMINDERS_TASK }] = await Promise.all([
    import('payload'),
    import('@payload-config'),
    import('@/features/feedback/jobs/deadlineReminders'),
  ])
  const { scheduleHealthReviewReminders, HEALTH_REVIEW_REMINDERS_TASK } = await import('@/features/health/jobs/healthReviewReminders')
  const { scheduleDailyRetention } = await import('@/platform/retention/retention-task')
  const { ANONYMISE_FEEDBACK_TASK } = await import('@/features/feedback/jobs/anonymiseExpiredFeedback')
  const { ANONYMISE_COMMENTS_TASK } = await import('@/features/consultations/jobs/anonymiseCommentContacts')
  const { ANONYMISE_APPLICATIONS_TASK } = await import('@/features/disclosure/jobs/anonymiseExpiredApplications')
  const { ANONYMISE_ERROR_REPORTS_TASK } = await import('@/features/site-errors/jobs/anonymiseErrorReportContacts')
  const { scheduleWeeklyDigests, WEEKLY_DIGEST_TASK } = await import('@/features/subscriptions/jobs/subscriptionTasks')
  const { scheduleDailyDigests, DAILY_DIGESTS_TASK } = await import('@/features/feedback/jobs/dailyDigests')
  const payload = await getPayload({ config, cron: true })
  const { watchDatabase } = await import('@/platform/database/database-health')
  const pool = (payload.db as { pool?: Parameters<typeof watchDatabase>[0]['pool'] }).pool
  watchDatabase({ pool, probe: () => payload.count({ collection: 'departments', overrideAccess: true }) })
  if (process.env.JOBS_AUTORUN !== '0') {
    scheduleDeadlineReminders(() => payload.jobs.queue({ task: DEADLINE_REMINDERS_TASK, input: {} }))
    scheduleHealthReviewReminders(() => payload.jobs.queue({ task: HEALTH_REVIEW_REMINDERS_TASK, input: {} }))
    // Retention: 3 minutes after start, then daily; one minute apart (src/platform/retention).
    const retention = [ANONYMISE_FEEDBACK_TASK, ANONYMISE_COMMENTS_TASK, ANONYMISE_APPLICATIONS_TASK, ANONYMISE_ERROR_REPORTS_TASK] as const
    retention.forEach((task, i) => scheduleDailyRetention(() => payload.jobs.queue({ task, input: {} }), 3 + i))
    scheduleWeeklyDigests(() => payload.jobs.queue({ task: WEEKLY_DIGEST_TASK, input: {} }))
    scheduleDailyDigests(() => payload.jobs.queue({ task: DAILY_DIGESTS_TASK, input: {} }))
  }
}

/** A request that failed because the database is unreachable turns the proxy's 503 answer on. */
export async function onRequestError(error: unknown) {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { noteDatabaseError } = await import('@/platform/database/database-health')
  noteDatabaseError(error)
}
