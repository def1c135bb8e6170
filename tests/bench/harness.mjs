// What the benchmark scripts share: command-line options, a throw-away database, child processes
// with their output kept, stopping a server, percentiles and plain-text tables.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
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
