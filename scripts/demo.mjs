// `npm run demo`: demo content in the embedded SQLite database (idempotent), a production build,
// and the site on http://localhost:3000. Pass --no-build to reuse the last build.
import { spawn, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'

const env = { ...process.env, NODE_ENV: 'production' }
env.DATABASE_URI ||= 'file:./data/site.db'
env.PORT ||= '3000'
env.SERVER_URL ||= `http://localhost:${env.PORT}`
// The demo's shared accounts have no phones behind them: no second factor (never in service).
env.REQUIRE_STAFF_MFA ??= '0'

fs.mkdirSync('data', { recursive: true })
if (!env.PAYLOAD_SECRET) {
  // A secret of this machine's own for the demo database, kept beside it and never committed.
  const secretFile = 'data/demo-secret'
  if (!fs.existsSync(secretFile)) fs.writeFileSync(secretFile, crypto.randomBytes(32).toString('hex'), { mode: 0o600 })
  env.PAYLOAD_SECRET = fs.readFileSync(secretFile, 'utf8').trim()
}

function step(title, command, args) {
  console.log(`\n▶ ${title}`)
  const result = spawnSync(command, args, { env, stdio: 'inherit' })
  if (result.status !== 0) {
    console.error(`✖ ${title} failed (exit ${result.status}).`)
    process.exit(result.status ?? 1)
  }
}

step('Applying migrations and seeding demo content', 'npm', ['run', '-s', 'seed'])
if (!process.argv.includes('--no-build')) step('Building the site', 'npx', ['next', 'build'])

console.log(`\n▶ Serving on ${env.SERVER_URL} (admin: ${env.SERVER_URL}/admin). Ctrl+C stops it.`)
const server = spawn('npx', ['next', 'start', '-p', env.PORT], { env, stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
