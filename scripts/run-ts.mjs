// Runs a TypeScript entry point (src/cli/*.ts) like `payload run`, but passes every argument
// through unchanged (`payload run` drops flags such as --publish).
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { tsImport } from 'tsx/esm/api'

const [script, ...rest] = process.argv.slice(2)
if (!script) {
  console.error('usage: node scripts/run-ts.mjs <file.ts> [arguments…]')
  process.exit(2)
}
process.argv = [process.argv[0], script, ...rest]
await tsImport(pathToFileURL(path.resolve(script)).href, import.meta.url)
