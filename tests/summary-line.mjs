// Prints the plain closing line "N passed, N failed" from vitest's JSON report.
// A test file that could not run at all counts as one failure, so it is never hidden.
import fs from 'node:fs'

const file = process.argv[2]
if (!fs.existsSync(file)) {
  console.log('0 passed, 1 failed')
  process.exit(1)
}
const report = JSON.parse(fs.readFileSync(file, 'utf8'))
const brokenFiles = report.testResults.filter(
  (result) => result.status === 'failed' && !result.assertionResults.some((test) => test.status === 'failed'),
).length
const passed = report.numPassedTests
const failed = report.numFailedTests + brokenFiles
const skipped = report.numPendingTests + (report.numTodoTests ?? 0)
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed > 0 ? 1 : 0)
