// What the benchmark scripts share: command-line options, a throw-away database, the run's temp
// folder and its clean-up, child processes with their output kept, a seeding script's result,
// stopping a server, percentiles and plain-text tables.
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'
import pg from 'pg'

export const POSTGRES_ADMIN_URI = process.env.TEST_POSTGRES_URI || 'postgres://postgres@127.0.0.1:5432/postgres'

/** `--name=value` and bare `--flag` (true) options of this process. */
export function cliOptions(args = process.argv.slice(2)) {
  const option = (name, fallback) => {
    const found = args.find((a) => a === `--${name}` || a.startsWith(`--${name}=`))
    if (!found) return fallback
    return found.includes('=') ? found.slice(found.indexOf('=') + 1) : true
  }
  const number = (name, fallback) => {
    const value = Number(option(name, fallback))
    if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`)
    return value
  }
  return { option, number }
}

/**
 * The options the benches share: --db=sqlite|postgres and --keep-db; with a default `port`, also
 * the HTTP ones: --port, --duration (s per scenario), --connections and --reuse-build. Exits with
 * the usage line on a wrong --db, or when not started from the project root.
 */
export function benchOptions(command, usage, { port: defaultPort } = {}) {
  if (!fs.existsSync('payload.config.ts')) {
    console.error(`Run from the project root (${command}).`)
    process.exit(2)
  }
  const { option, number } = cliOptions()
  const db = String(option('db', 'sqlite'))
  if (db !== 'sqlite' && db !== 'postgres') {
    console.error(`usage: ${command} -- ${usage}`)
    process.exit(2)
  }
  const common = { option, number, db, keepDb: option('keep-db', false) === true }
  if (defaultPort === undefined) return common
  const port = number('port', defaultPort)
  if (port >= 3000 && port <= 3102) throw new Error('ports 3000–3102 are in use by others; pick 3300 or above')
  const http = { port, duration: number('duration', 10), connections: number('connections', 10), reuseBuild: option('reuse-build', false) === true }
  return { ...common, ...http }
}

export async function withAdminClient(work) {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URI, connectionTimeoutMillis: 5000 })
  try {
    await client.connect()
  } catch (error) {
    throw new Error(
      `PostgreSQL is unreachable at ${POSTGRES_ADMIN_URI} (${error.message}). Start it with: ` +
        'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start',
    )
  }
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/** A new PostgreSQL database named after `prefix`, or an SQLite file in `folder`: `{ kind, uri, name? }`. */
export async function createThrowawayDatabase(kind, prefix, folder) {
  if (kind === 'postgres') {
    const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`
    await withAdminClient((client) => client.query(`CREATE DATABASE "${name}"`))
    const url = new URL(POSTGRES_ADMIN_URI)
    url.pathname = `/${name}`
    return { kind, name, uri: url.toString() }
  }
  return { kind: 'sqlite', uri: `file:${path.join(folder, 'site.db')}` }
}

export async function dropThrowawayDatabase(database) {
  if (database?.kind === 'postgres') {
    await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${database.name}" WITH (FORCE)`))
  }
}

export function withProductionCondition(nodeOptions = '') {
  return nodeOptions.includes('--conditions=production') ? nodeOptions : `${nodeOptions} --conditions=production`.trim()
}

export const say = (message) => console.log(`[bench] ${message}`)

/**
 * A bench run: its temp folder `name-*` and, once `createDatabase` is called, its throw-away
 * database. `cleanup()` (also on Ctrl-C) stops what the bench started (a seed or build process it
 * put in `run.child`, then `stop()`, then a server it put in `run.server`), drops the database and
 * removes the folder, unless `keepDb` (--keep-db) leaves both for EXPLAIN.
 */
export function benchRun({ name, keepDb = false, stop = () => {} }) {
  const run = { temp: fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`)), database: undefined, child: undefined, server: undefined }
  run.createDatabase = async (kind) => {
    run.database = await createThrowawayDatabase(kind, name.replaceAll('-', '_'), run.temp)
    const { database } = run
    say(database.kind === 'postgres' ? `PostgreSQL throw-away database ${database.name}` : `SQLite throw-away database ${database.uri.slice(5)}`)
    return database
  }
  let cleaning
  run.cleanup = () => {
    cleaning ??= (async () => {
      if (run.child && run.child.exitCode === null) {
        try {
          process.kill(run.child.pid, 'SIGTERM')
        } catch {}
      }
      await stop()
      if (run.server) await stopServer(run.server)
      const { database, temp } = run
      if (keepDb && database) {
        say(`--keep-db: database left at ${database.uri}; remove it yourself (${database.kind === 'postgres' ? `DROP DATABASE "${database.name}"` : `rm -r ${temp}`})`)
        return
      }
      if (database?.kind === 'postgres') {
        try {
          await dropThrowawayDatabase(database)
          say(`dropped database ${database.name}`)
        } catch (error) {
          console.error(`[bench] could not drop database ${database.name}: ${error.message}`)
        }
      }
      fs.rmSync(temp, { recursive: true, force: true })
    })()
    return cleaning
  }
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, async () => {
      console.error(`\n[bench] ${signal}: cleaning up`)
      await run.cleanup()
      process.exit(130)
    })
  }
  return run
}

/**
 * The environment of a bench's child processes. NODE_ENV=production: prodMigrations run on
 * connect, so the schema comes from the migrations, never from push. NODE_OPTIONS keeps
 * --conditions=production as in .npmrc: without it Lexical's top-level await can end a Node 20
 * process silently with code 13.
 */
export function benchEnv({ database, temp }, name, extra = {}) {
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    NODE_OPTIONS: withProductionCondition(process.env.NODE_OPTIONS),
    DATABASE_URI: database.uri,
    PAYLOAD_SECRET: `${name}-${crypto.randomBytes(12).toString('hex')}`,
    OUTBOX_DIR: path.join(temp, 'outbox'),
    UPLOADS_DIR: path.join(temp, 'uploads'),
    LOG_LEVEL: process.env.LOG_LEVEL || 'warn',
    ...extra,
  }
  delete env.PAYLOAD_DB_PUSH
  return env
}

/**
 * Runs a seeding script (`node scripts/run-ts.mjs <script> …args`) to its end and returns what it
 * printed as its `BENCH_RESULT {json}` line; its `[seed]` progress lines are shown indented.
 */
export async function runBenchScript(script, args, env, { onSpawn, onStdoutLine, onStderrLine, logFile } = {}) {
  const result = await runChild(process.execPath, ['scripts/run-ts.mjs', script, ...args], env, {
    onSpawn,
    onStdoutLine,
    onStderrLine: (line) => {
      if (line.startsWith('[seed]')) console.log(`  ${line}`)
      else onStderrLine?.(line)
    },
    logFile,
  })
  const line = result.stdout.split('\n').find((l) => l.startsWith('BENCH_RESULT '))
  if (result.code !== 0 || !line) {
    console.error(`[bench] ${script} failed (exit ${result.code}); last output:\n${result.tail.join('\n')}`)
    throw new Error(`${script} failed`)
  }
  return JSON.parse(line.slice('BENCH_RESULT '.length))
}

/**
 * Runs the bench's `main`, always cleans up, and exits: 1 when something is broken (an error, or
 * anything in `problems`, listed under BROKEN), else 0. Slow figures never fail a run.
 */
export async function finishBench(main, cleanup, problems) {
  let exitCode = 0
  try {
    await main()
  } catch (error) {
    console.error(`[bench] ${error.message}`)
    exitCode = 1
  } finally {
    await cleanup()
  }
  if (problems.length) {
    console.log('\nBROKEN:')
    for (const problem of problems) console.log(`  - ${problem}`)
    exitCode = 1
  }
  process.exit(exitCode)
}

/**
 * Runs a command to its end, keeping all of stdout and the last 60 lines of both streams (and a
 * full log file when asked). `onSpawn` receives the child, so the caller can stop it on Ctrl-C.
 */
export function runChild(command, commandArgs, env, { onSpawn, onStdoutLine, onStderrLine, logFile } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { env, stdio: ['ignore', 'pipe', 'pipe'] })
    onSpawn?.(child)
    const log = logFile ? fs.createWriteStream(logFile) : null
    const tail = []
    let stdout = ''
    const keep = (line) => {
      tail.push(line)
      if (tail.length > 60) tail.shift()
    }
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      stdout += `${line}\n`
      log?.write(`${line}\n`)
      keep(line)
      onStdoutLine?.(line)
    })
    readline.createInterface({ input: child.stderr }).on('line', (line) => {
      log?.write(`${line}\n`)
      keep(line)
      onStderrLine?.(line)
    })
    child.on('error', reject)
    child.on('close', (code, signal) => {
      log?.end()
      resolve({ code: code ?? (signal ? 128 : 1), stdout, tail })
    })
  })
}

/** Stops a server started with `detached: true` (its whole process group), forcefully after 5 s. */
export async function stopServer({ child }) {
  if (child.exitCode !== null || child.signalCode) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  try {
    process.kill(-child.pid, 'SIGTERM')
  } catch {}
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))])
  if (child.exitCode === null && !child.signalCode) {
    try {
      process.kill(-child.pid, 'SIGKILL')
    } catch {}
  }
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

/** A plain-text table; Chinese characters count as two columns. */
export function table(headers, rows) {
  const width = (s) => [...String(s)].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0)
  const widths = headers.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))))
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c) + ' '.repeat(widths[i] - width(c)) : ' '.repeat(widths[i] - width(c)) + String(c))).join('  ')
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}

export const fixed = (value, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '—')
