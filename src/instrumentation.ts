/**
 * Runs once when the server starts: initialising Payload here applies pending migrations
 * (`prodMigrations`) before the first visitor arrives, instead of on the first request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
  await getPayload({ config })
}
