// One wrk run against one address, with the 95th percentile from load-wrk-report.lua.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { runChild } from './harness.mjs'

const REPORT_SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'load-wrk-report.lua')

/**
 * `wrk -c <connections> -d <seconds> --latency` with a browser's Accept-Encoding, so every set-up
 * sends what a visitor would receive. Returns requests per second, latency percentiles in ms and
 * the error counts wrk reports (non-2xx/3xx answers count under `status`).
 */
export async function runWrk(url, { connections, seconds, threads = 2 }) {
  // wrk's own 2 s timeout would drop the slowest answers from the percentiles: allow 10 s.
  const args = ['-t', String(threads), '-c', String(connections), '-d', `${seconds}s`, '--timeout', '10s', '--latency', '-s', REPORT_SCRIPT, '-H', 'Accept-Encoding: gzip', url]
  const { code, stdout, tail } = await runChild('wrk', args, process.env)
  const line = stdout.split('\n').find((l) => l.startsWith('WRK_RESULT '))
  if (code !== 0 || !line) throw new Error(`wrk ${args.join(' ')} failed (exit ${code}):\n${tail.join('\n')}`)
  const result = JSON.parse(line.slice('WRK_RESULT '.length))
  const ms = (us) => us / 1000
  const errors = Object.values(result.errors).reduce((sum, n) => sum + n, 0)
  return {
    requests: result.requests,
    perSecond: result.requests / (result.durationUs / 1e6),
    p50: ms(result.latencyUs.p50),
    p95: ms(result.latencyUs.p95),
    p99: ms(result.latencyUs.p99),
    errors,
    errorDetail: result.errors,
  }
}
