// Pure checks of installed package versions against the floors in DEVELOPERS.md; used by
// scripts/check-versions.mjs and unit-tested on its own.

export const FLOORS = { payload: '3.90.0', next: '16.4.0' }

/** [major, minor, patch, prerelease] of "3.90.1" or "16.4.0-canary.2"; null when not a version. */
export function parseVersion(text) {
  const match = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+.*)?$/.exec(String(text ?? '').trim())
  return match ? [Number(match[1]), Number(match[2]), Number(match[3]), match[4] ?? ''] : null
}

/** Negative, zero or positive as a is below, equal to or above b (a prerelease is below its release). */
export function compareVersions(a, b) {
  const left = parseVersion(a)
  const right = parseVersion(b)
  if (!left || !right) throw new Error(`Not a version: ${left ? b : a}`)
  for (let index = 0; index < 3; index++) if (left[index] !== right[index]) return left[index] - right[index]
  if (left[3] === right[3]) return 0
  if (!left[3]) return 1
  if (!right[3]) return -1
  return left[3] < right[3] ? -1 : 1
}

/**
 * What is wrong with the installed versions, as sentences (empty when all is well).
 * `installed` maps package names to versions: payload, every @payloadcms/*, next.
 */
export function versionProblems(installed) {
  const problems = []
  const payloadFamily = Object.entries(installed).filter(([name]) => name === 'payload' || name.startsWith('@payloadcms/'))
  if (!installed.payload) problems.push('payload is not installed.')
  if (!installed.next) problems.push('next is not installed.')
  for (const [name, version] of Object.entries(installed)) {
    if (!parseVersion(version)) {
      problems.push(`${name} has an unreadable version "${version}".`)
      continue
    }
    const floor = name === 'next' ? FLOORS.next : FLOORS.payload
    if ((name === 'next' || payloadFamily.some(([other]) => other === name)) && compareVersions(version, floor) < 0) {
      problems.push(`${name} ${version} is below the floor ${floor}.`)
    }
  }
  const distinct = [...new Set(payloadFamily.map(([, version]) => version))]
  if (distinct.length > 1) {
    problems.push(`payload and @payloadcms/* must all be the same version; found ${payloadFamily.map(([name, version]) => `${name}@${version}`).join(', ')}.`)
  }
  return problems
}

/**
 * What `npm audit --json` said: 'clean', 'findings' (with the counts at or above the level), or
 * 'unavailable' when the registry offers no audit endpoint (npm then reports an error, not findings).
 */
export function auditVerdict(exitCode, jsonText, level = 'high') {
  let report
  try {
    report = JSON.parse(jsonText)
  } catch {
    return { verdict: exitCode === 0 ? 'clean' : 'unavailable', detail: String(jsonText).slice(0, 300) }
  }
  if (report?.error || report?.statusCode >= 400) {
    const detail = report.message || `${report.error?.code ?? ''} ${report.error?.summary ?? ''}`.trim()
    return { verdict: 'unavailable', detail: detail || 'the audit endpoint returned an error' }
  }
  const counts = report?.metadata?.vulnerabilities
  if (!counts) return { verdict: exitCode === 0 ? 'clean' : 'unavailable', detail: 'no vulnerability summary in the answer' }
  const levels = ['info', 'low', 'moderate', 'high', 'critical']
  const atOrAbove = levels.slice(levels.indexOf(level))
  const found = atOrAbove.reduce((sum, name) => sum + (counts[name] ?? 0), 0)
  return found > 0
    ? { verdict: 'findings', detail: atOrAbove.map((name) => `${name}: ${counts[name] ?? 0}`).join(', ') }
    : { verdict: 'clean', detail: levels.map((name) => `${name}: ${counts[name] ?? 0}`).join(', ') }
}
