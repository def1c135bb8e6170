import fs from 'node:fs'
import config from '@payload-config'
import { generateImportMap } from 'payload'
import { describe, expect, it } from 'vitest'

const IMPORT_MAP = 'src/app/(payload)/admin/importMap.js'

// A custom admin component missing from the import map renders as nothing, silently.
describe.runIf(process.env.TEST_DB_KIND === 'sqlite')('the admin import map', () => {
  it('lists every custom admin component (run `npm run generate:importmap` and commit when this fails)', async () => {
    const committed = fs.readFileSync(IMPORT_MAP, 'utf8')
    await generateImportMap(await config, { log: false, force: true })
    const generated = fs.readFileSync(IMPORT_MAP, 'utf8')
    fs.writeFileSync(IMPORT_MAP, committed)
    expect(generated).toBe(committed)
  })
})
