// Home page throughput against `next start`: `npm run build` (or `npm run demo` once) first, then
// `npm run bench:home`. Prints start-up time, requests per second and latency percentiles.
// Set BENCH_URL to measure a server that is already running instead.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import autocannon from 'autocannon'

const port = Number(process.env.BENCH_PORT || 3200)
let server
let url = process.env.BENCH_URL

if (!url) {
  if (!fs.existsSync('.next/BUILD_ID')) {
    console.error('No production build in .next: run `npm run build` (or `npm run demo`) first.')
    process.exit(1)
  }
  const secretFile = 'data/demo-secret'
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || (fs.existsSync(secretFile) ? fs.readFileSync(secretFile, 'utf8').trim() : 'bench-secret'),
  }
  const started = performance.now()
  server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], { env, stdio: 'ignore', detached: true })
  url = `http://127.0.0.1:${port}`
  for (;;) {
    try {
      if ((await fetch(`${url}/`)).ok) break
    } catch {}
    if (performance.now() - started > 60_000) throw new Error('server did not start within 60 s')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  console.log(`start-up until the first 200 of /: ${Math.round(performance.now() - started)} ms (includes npx)`)
}

const result = await autocannon({ url: `${url}/`, connections: 20, duration: 10 })
console.log(`autocannon -c 20 -d 10 ${url}/`)
console.log(`requests/s: mean ${result.requests.average.toFixed(0)}, p50 ${result.requests.p50}`)
console.log(`latency ms: p50 ${result.latency.p50}, p97.5 ${result.latency.p97_5}, p99 ${result.latency.p99}, max ${result.latency.max}`)
console.log(`responses: ${result['2xx']} 2xx, ${result.non2xx} other, ${result.errors} errors, ${result.timeouts} timeouts`)
if (server) process.kill(-server.pid, 'SIGTERM')
