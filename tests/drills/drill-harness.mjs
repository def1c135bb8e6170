// What the fault drills share: a build of their own (.next-drill), a throw-away database and
// uploads folder, a `next start` on a loopback port that can be killed and restarted, and tables.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createThrowawayDatabase, dropThrowawayDatabase, withProductionCondition } from '../bench/harness.mjs'

export const DRILL_DIST_DIR = '.next-drill'
export const DRILL_SECRET = 'drill-secret-not-for-production'

export function log(...parts) {
  console.log(`[${new Date().toISOString().slice(11, 19)}]`, ...parts)
}

export function baseEnv(extra = {}) {
  return {
    ...process.env,
    NODE_ENV: 'production',
    PAYLOAD_SECRET: DRILL_SECRET,
    NEXT_DIST_DIR: DRILL_DIST_DIR,
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_OPTIONS: withProductionCondition(process.env.NODE_OPTIONS),
    TRUST_PROXY_HEADER: 'x-forwarded-for',
    TRUSTED_PROXIES: 'loopback',
    LOG_LEVEL: 'error',
    ...extra,
  }
}

export function runOrFail(command, args, env) {
  const result = spawnSync(command, args, { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`)
  return result.stdout
}

/** A throw-away database with migrations applied and demo content, and an empty uploads folder. */
export async function prepareSite(kind, label) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), `drill-${label}-`))
  const database = await createThrowawayDatabase(kind, `site_drill_${label}`, folder)
  const env = baseEnv({ DATABASE_URI: database.uri, UPLOADS_DIR: path.join(folder, 'uploads'), OUTBOX_DIR: path.join(folder, 'outbox'), JOBS_AUTORUN: '0' })
  runOrFail('node', ['scripts/run-ts.mjs', 'src/cli/seed.ts'], env)
  return {
    folder,
    database,
    uploadsDir: env.UPLOADS_DIR,
    env: { DATABASE_URI: database.uri, UPLOADS_DIR: env.UPLOADS_DIR, OUTBOX_DIR: env.OUTBOX_DIR },
    async remove() {
      await dropThrowawayDatabase(database)
      fs.rmSync(folder, { recursive: true, force: true })
    },
  }
}

/** `npm run retention` on the drill's site: anonymisation and the sweep of orphan attachment files. */
export function runRetention(site) {
  return runOrFail('node', ['scripts/run-ts.mjs', 'src/cli/retention.ts'], baseEnv(site.env))
}

/** `next build` into .next-drill, reused when present unless DRILL_REBUILD=1. */
export async function ensureBuild() {
  if (process.env.DRILL_REBUILD !== '1' && fs.existsSync(path.join(DRILL_DIST_DIR, 'BUILD_ID'))) {
    log(`reusing the build in ${DRILL_DIST_DIR} (DRILL_REBUILD=1 to rebuild)`)
    return
  }
  log(`building into ${DRILL_DIST_DIR} …`)
  const site = await prepareSite('sqlite', 'build')
  try {
    runOrFail('npx', ['next', 'build'], baseEnv({ ...site.env, SERVER_URL: 'http://127.0.0.1:3400' }))
  } finally {
    await site.remove()
  }
  log('build done')
}

/** `next start` in its own process group, so that kill -9 takes the whole server down at once. */
export function startServer(port, env) {
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: baseEnv({ ...env, SERVER_URL: `http://127.0.0.1:${port}`, PORT: String(port) }),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  const keep = (chunk) => {
    output += chunk
    if (output.length > 200_000) output = output.slice(-100_000)
  }
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  const exited = new Promise((resolve) => child.once('exit', resolve))
  const url = `http://127.0.0.1:${port}`
  return {
    url,
    child,
    output: () => output,
    async ready(timeoutMs = 90_000) {
      const deadline = Date.now() + timeoutMs
      while (Date.now() < deadline) {
        if (child.exitCode !== null || child.signalCode) throw new Error(`next start exited early:\n${output.slice(-4000)}`)
        try {
          const response = await fetch(`${url}/feedback/new`, { signal: AbortSignal.timeout(5000) })
          if (response.status === 200) return
        } catch {}
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
      throw new Error(`server on ${url} did not answer within ${timeoutMs} ms:\n${output.slice(-4000)}`)
    },
    /** SIGKILL to the whole group: no shutdown hooks, no flushing, like a power cut. */
    async kill9() {
      try {
        process.kill(-child.pid, 'SIGKILL')
      } catch {}
      await exited
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode) return
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {}
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))])
      if (child.exitCode === null && !child.signalCode) await this.kill9()
    },
  }
}

export function printTable(title, rows) {
  const widths = [0, 1].map((i) => Math.max(...rows.map((row) => String(row[i]).length)))
  console.log(`\n${title}`)
  console.log(`${'-'.repeat(widths[0] + widths[1] + 5)}`)
  for (const [name, value] of rows) console.log(`${String(name).padEnd(widths[0])}  | ${String(value)}`)
  console.log(`${'-'.repeat(widths[0] + widths[1] + 5)}`)
}

/** Runs `work` with a cleanup that also happens on Ctrl-C. */
export async function drill(name, work) {
  const cleanups = []
  const cleanup = async () => {
    for (const fn of cleanups.reverse()) await fn().catch((error) => console.error(`cleanup: ${error.message}`))
    cleanups.length = 0
  }
  process.once('SIGINT', () => void cleanup().then(() => process.exit(130)))
  try {
    const ok = await work((fn) => cleanups.push(fn))
    await cleanup()
    log(`${name}: ${ok ? 'PASSED' : 'FAILED'}`)
    process.exit(ok ? 0 : 1)
  } catch (error) {
    console.error(error)
    await cleanup()
    log(`${name}: ERROR`)
    process.exit(2)
  }
}
