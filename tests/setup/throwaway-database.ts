import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll } from 'vitest'
import { createThrowawayDatabase } from './postgres'

// Every integration test file gets its own fresh database, created by schema push (never a
// database that migrations manage), and removed afterwards.
process.env.PAYLOAD_DB_PUSH = '1'
process.env.PAYLOAD_SECRET ||= 'integration-test-secret'
process.env.LOG_LEVEL ||= 'fatal'
// Tests run the job queue themselves (payload.jobs.run()) when they need it.
process.env.JOBS_AUTORUN ??= '0'
process.env.OUTBOX_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'outbox-'))
process.env.UPLOADS_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'uploads-'))

const kind = process.env.TEST_DB_KIND
let cleanup: () => Promise<void> = async () => {}

if (kind === 'postgres') {
  // Dropped by the project's global teardown once this worker has exited: Payload's postgres
  // adapter keeps one pooled connection checked out for the life of the process.
  const database = await createThrowawayDatabase(`site_int_${process.env.TEST_RUN_ID}`)
  process.env.DATABASE_URI = database.uri
} else {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'site-int-'))
  process.env.DATABASE_URI = `file:${path.join(folder, 'site.db')}`
  cleanup = async () => fs.rmSync(folder, { recursive: true, force: true })
}

afterAll(cleanup)
