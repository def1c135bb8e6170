/**
 * Runs once when the server starts: initialising Payload here applies pending migrations
 * (`prodMigrations`) before the first visitor arrives, and starts the job worker (the e-mail
 * outbox) with `cron: true`; JOBS_AUTORUN=0 leaves the worker to another instance.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
  await getPayload({ config, cron: true })
}
