// Lighthouse 12.8.2 (13 needs Node 22) performance and accessibility scores, Debian's Chromium.
// Run through `npx --yes` rather than a devDependency: it is about 190 MB of packages that only
// this bench uses, and a lock holding Lighthouse 12.3 or later has made `npm ci` refuse to install
// here; npx keeps it out of the project's lock and caches it after the first run.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

export const LIGHTHOUSE = 'lighthouse@12.8.2'
const CHROME_FLAGS = '--headless --no-sandbox --disable-gpu'
const RUN_TIMEOUT_MS = 240_000

function run(args, { timeoutMs, env }) {
  return new Promise((resolve) => {
    const child = spawn('npx', ['--yes', LIGHTHOUSE, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'], detached: true })
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)))
    // Lighthouse starts its own Chromium: stop the whole group if it hangs.
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL')
      } catch {}
    }, timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      resolve({ code: 1, stderr: error.message })
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolve({ code: code ?? 1, stderr: signal ? `${stderr}\nstopped after ${timeoutMs / 1000} s (${signal})` : stderr })
    })
  })
}

/** Fetches the package once (a clear message now rather than eleven failures later). */
export async function lighthouseAvailable() {
  const { code, stderr } = await run(['--version'], { timeoutMs: 600_000, env: process.env })
  return code === 0 ? null : `npx --yes ${LIGHTHOUSE} failed: ${stderr.trim().split('\n').slice(-3).join(' ')}`
}

/** `{ performance, accessibility }` (0–100) for one page, Lighthouse's default mobile profile. */
export async function lighthouseScores(url, folder, name) {
  const output = path.join(folder, `lighthouse-${name.replace(/[^a-z0-9]+/gi, '-')}.json`)
  const args = [url, '--quiet', '--output=json', `--output-path=${output}`, '--only-categories=performance,accessibility', `--chrome-flags=${CHROME_FLAGS}`]
  const env = { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH || '/usr/bin/chromium' }
  const { code, stderr } = await run(args, { timeoutMs: RUN_TIMEOUT_MS, env })
  if (code !== 0 || !fs.existsSync(output)) return { error: stderr.trim().split('\n').slice(-2).join(' ') || `exit ${code}` }
  const report = JSON.parse(fs.readFileSync(output, 'utf8'))
  const score = (category) => (report.categories[category]?.score == null ? NaN : Math.round(report.categories[category].score * 100))
  return { performance: score('performance'), accessibility: score('accessibility'), runtimeError: report.runtimeError?.message }
}
