import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { E2E_DIST_DIR, runOrFail, startServer } from './server-process'

export const E2E_PORT = Number(process.env.E2E_PORT || 3101)

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    serverEnv: Record<string, string>
  }
}

/**
 * The real thing, as production runs it: migrations and demo content on a fresh SQLite file,
 * `next build`, then `next start`. E2E_REUSE_BUILD=1 skips the build when one exists.
 */
export default async function setup(project: TestProject) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'site-e2e-'))
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    NODE_ENV: 'production',
    DATABASE_URI: `file:${path.join(folder, 'site.db')}`,
    PAYLOAD_SECRET: 'e2e-test-secret-not-for-production',
    SERVER_URL: `http://127.0.0.1:${E2E_PORT}`,
    // Staff may also use this name for the admin (tests/e2e/admin-address.spec.ts).
    ADMIN_ALIASES: `http://localhost:${E2E_PORT}`,
    OUTBOX_DIR: path.join(folder, 'outbox'),
    UPLOADS_DIR: path.join(folder, 'uploads'),
    NEXT_DIST_DIR: E2E_DIST_DIR,
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_OPTIONS: '--conditions=production',
    // Tests give each simulated resident their own address, so rate limits apply per test.
    TRUST_PROXY_HEADER: 'x-forwarded-for',
    // The test runner is the proxy: it connects over loopback (production requires this setting).
    TRUSTED_PROXIES: 'loopback',
    // As in production behind nginx (tests/http/nginx-nonce.spec.ts); direct requests still get
    // their own random nonce.
    CSP_NONCE_FROM_PROXY: '1',
    // The deployment's secret placeholder, new for each run (tests/http/nginx-nonce.spec.ts).
    CSP_NONCE_PLACEHOLDER: crypto.randomBytes(24).toString('hex'),
    // The hostile-input corpus alone posts hundreds of messages; the site-wide ceiling (300 per
    // 10 minutes in production) would then refuse the other suites' residents.
    RATE_LIMIT_SUBMIT_SITE_WIDE: '100000',
    RATE_LIMIT_TRACK_SITE_WIDE: '100000',
  }
  runOrFail('node', ['scripts/run-ts.mjs', 'src/cli/seed.ts'], env)
  const reuse = process.env.E2E_REUSE_BUILD === '1' && fs.existsSync(path.join(E2E_DIST_DIR, 'BUILD_ID'))
  if (!reuse) runOrFail('npx', ['next', 'build'], env)

  const server = await startServer(E2E_PORT, env)
  project.provide('baseUrl', server.url)
  project.provide('serverEnv', env)
  return async () => {
    await server.stop()
    fs.rmSync(folder, { recursive: true, force: true })
  }
}
