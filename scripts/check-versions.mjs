#!/usr/bin/env node
// CI check run by tests/run-all.sh before the tests: installed payload/@payloadcms/* and next at
// or above the floors in DEVELOPERS.md (all Payload packages equal), and `npm audit` finds nothing
// high or critical in production dependencies. A registry that offers no audit endpoint (some
// mirrors answer 405) is reported clearly and does not fail the check; real findings do.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { auditVerdict, FLOORS, versionProblems } from './package-versions.mjs'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const modules = path.join(root, 'node_modules')

function installedVersion(name) {
  try {
    return JSON.parse(fs.readFileSync(path.join(modules, name, 'package.json'), 'utf8')).version
  } catch {
    return undefined
  }
}

const installed = {}
for (const name of ['payload', 'next']) {
  const version = installedVersion(name)
  if (version) installed[name] = version
}
const scope = path.join(modules, '@payloadcms')
for (const entry of fs.existsSync(scope) ? fs.readdirSync(scope) : []) {
  const version = installedVersion(`@payloadcms/${entry}`)
  if (version) installed[`@payloadcms/${entry}`] = version
}

let failed = false
const problems = versionProblems(installed)
if (problems.length) {
  failed = true
  console.error(`Package versions: FAILED (floors: payload ${FLOORS.payload}, next ${FLOORS.next})`)
  for (const problem of problems) console.error(`  - ${problem}`)
} else {
  console.log(`Package versions: ok (payload ${installed.payload}, ${Object.keys(installed).length - 2} @payloadcms packages, next ${installed.next})`)
}

if (process.env.SKIP_NPM_AUDIT === '1') {
  console.log('npm audit: skipped (SKIP_NPM_AUDIT=1)')
} else {
  const audit = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], { cwd: root, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 })
  const { verdict, detail } = auditVerdict(audit.status ?? 1, audit.stdout || audit.stderr || '', 'high')
  if (verdict === 'findings') {
    failed = true
    console.error(`npm audit: FAILED, high or critical advisories in production dependencies (${detail}). Run \`npm audit --omit=dev\` for details.`)
  } else if (verdict === 'unavailable') {
    console.log(`npm audit: NOT RUN, the registry offers no audit endpoint (${detail}). Check advisories another way before releasing.`)
  } else {
    console.log(`npm audit: ok (${detail})`)
  }
}

process.exit(failed ? 1 : 0)
