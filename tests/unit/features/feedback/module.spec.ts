import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const dir = join(process.cwd(), 'src/features/feedback/rules/intake')
const files = readdirSync(dir).filter((file) => file.endsWith('.ts'))

describe('src/features/feedback/rules/intake', () => {
  it('is plain TypeScript: no framework imports', () => {
    for (const file of files) {
      const imports = [...readFileSync(join(dir, file), 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1])
      for (const source of imports) expect(source, `${file} imports ${source}`).toMatch(/^(\.\/|@\/features\/feedback\/rules\/|node:crypto$)/)
    }
  })

  it('keeps its files small', () => {
    for (const file of files) {
      expect(readFileSync(join(dir, file), 'utf8').split('\n').length, file).toBeLessThanOrEqual(120)
    }
  })
})
