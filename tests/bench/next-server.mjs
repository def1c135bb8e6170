// `next build` into a bench's own folder and `next start` on it, for the benches that measure the
// site over HTTP.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { runChild } from './harness.mjs'

const NEXT_BIN = path.join(process.cwd(), 'node_modules/next/dist/bin/next')
const PROJECT_FILES = ['tsconfig.json', 'next-env.d.ts']
let undoPending = () => {}

/**
 * `next build` adds its dist folder's type globs to tsconfig.json and points next-env.d.ts at it.
 * Only those changes are undone, since other builds (tests of other people, run at the same time)
 * edit the same files; any other change is left as it is and reported through `note`.
 */
function snapshotProjectFiles(distDir, note) {
  const before = new Map(PROJECT_FILES.map((file) => [file, fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null]))
  const withoutBuild = (file, text) => {
    if (text === null) return null
    if (file === 'tsconfig.json') {
      try {
        const json = JSON.parse(text)
        if (Array.isArray(json.include)) json.include = json.include.filter((entry) => !entry.startsWith(`${distDir}/`))
        return JSON.stringify(json)
      } catch {
        return text
      }
    }
    return text.replace(/\.\/\.next[\w-]*\//g, './<dist>/')
  }
  return () => {
    for (const [file, original] of before) {
      const now = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null
      if (now === original) continue
      if (original === null) {
        if (now?.includes(distDir)) fs.rmSync(file)
        continue
      }
      if (withoutBuild(file, now) === withoutBuild(file, original)) fs.writeFileSync(file, original)
      else note(`${file} changed during the build in a way the bench did not expect; left as it is`)
    }
  }
}

/** Puts back what a build that is still running changed in the project's files (for Ctrl-C). */
export function undoBuildChanges() {
  undoPending()
  undoPending = () => {}
}

/** Builds into `env.NEXT_DIST_DIR`; resolves with the seconds it took. */
export async function buildNext(env, { onSpawn, logFile, note }) {
  const started = performance.now()
  undoPending = snapshotProjectFiles(env.NEXT_DIST_DIR, note)
  try {
    const result = await runChild(process.execPath, [NEXT_BIN, 'build'], env, { onSpawn, logFile })
    if (result.code !== 0) {
      console.error(`[bench] next build failed (exit ${result.code}); last output:\n${result.tail.join('\n')}`)
      throw new Error('next build failed')
    }
  } finally {
    undoBuildChanges()
  }
  return (performance.now() - started) / 1000
}

/**
 * `next start` on 127.0.0.1:`port` in its own process group (for stopServer), once `probePath`
 * answers 200: `{ child, log, base, startupSeconds }`; `log` keeps the last 200 chunks of output.
 * `onSpawn` receives the server as soon as it is started, so the caller can stop it on failure.
 */
export async function startNext(env, port, probePath, { onSpawn } = {}) {
  const started = performance.now()
  const child = spawn(process.execPath, [NEXT_BIN, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  const log = []
  const keep = (chunk) => {
    log.push(String(chunk))
    if (log.length > 200) log.shift()
  }
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  const server = { child, log, base: `http://127.0.0.1:${port}` }
  onSpawn?.(server)
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited early (${child.exitCode}):\n${log.join('')}`)
    try {
      const response = await fetch(`${server.base}${probePath}`, { signal: AbortSignal.timeout(30_000) })
      await response.arrayBuffer()
      if (response.ok) break
      throw new Error(`${probePath} answered ${response.status}`)
    } catch (error) {
      if (performance.now() - started > 120_000) throw new Error(`next start did not serve ${probePath} within 120 s (${error.message}):\n${log.join('')}`)
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
  server.startupSeconds = (performance.now() - started) / 1000
  return server
}
