import { existsSync, readdirSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { filesUnder, importCycles, importsOf, resolveImport, ROOT, sourceFiles } from './source-tree'

// The layout described in docs/ARCHITECTURE.md, held against the code.
const src = sourceFiles('src')
const featureOf = (file: string) => /^src\/features\/([^/]+)\//.exec(file)?.[1] ?? null
const isRules = (file: string) => /^src\/(features|platform)\/.+\/rules\//.test(file)

/** Packages that are plain functions of their input, fit for rules/. */
const PURE_PACKAGES = [/^node:(crypto|path)$/, /^pinyin-pro$/, /^opencc-js\/t2cn$/, /^chinese-days$/, /^@zxcvbn-ts\/language-common$/]
const FRAMEWORK = /^(payload|next|react|react-dom|@payloadcms)(\/|$)/

describe('the source tree', () => {
  it('keeps rules/ pure: nothing of Payload, Next or React, directly or through another file', () => {
    const verdicts = new Map<string, string | null>()
    const impurity = (file: string, seen: Set<string>): string | null => {
      if (verdicts.has(file)) return verdicts.get(file)!
      if (seen.has(file)) return null
      seen.add(file)
      let found: string | null = null
      for (const specifier of importsOf(file)) {
        const target = resolveImport(file, specifier)
        if (target === null) {
          if (FRAMEWORK.test(specifier) || !PURE_PACKAGES.some((pattern) => pattern.test(specifier))) found = `${file} imports ${specifier}`
        } else found = impurity(target, seen)
        if (found) break
      }
      verdicts.set(file, found)
      return found
    }
    const rules = src.filter(isRules)
    expect(rules.length).toBeGreaterThan(80)
    expect(rules.map((file) => impurity(file, new Set())).filter(Boolean)).toEqual([])
  })

  it('never lets src/platform import a feature', () => {
    const upward = src
      .filter((file) => file.startsWith('src/platform/'))
      .flatMap((file) => importsOf(file).map((specifier) => ({ file, target: resolveImport(file, specifier) })))
      .filter(({ target }) => target?.startsWith('src/features/'))
    expect(upward).toEqual([])
  })

  it("lets a feature reach another feature only through its index.ts or its rules/", () => {
    const reaching = src
      .filter((file) => featureOf(file))
      .flatMap((file) => importsOf(file).map((specifier) => ({ file, target: resolveImport(file, specifier) })))
      .filter(({ file, target }) => target && featureOf(target) && featureOf(target) !== featureOf(file))
      .filter(({ target }) => !/^src\/features\/[^/]+\/(index\.ts|rules\/)/.test(target!))
    expect(reaching).toEqual([])
  })

  it('has no import cycles, type-only imports included', () => {
    expect(importCycles([...src, ...sourceFiles('collections'), ...sourceFiles('globals')])).toEqual([])
  })

  it('imports across folders by alias: relative imports stay within their own folder', () => {
    const climbing = [...src, ...sourceFiles('collections'), ...sourceFiles('globals')]
      // Files Node loads itself (next.config.mjs, the cache handler) know no aliases.
      .filter((file) => !file.endsWith('.mjs'))
      .flatMap((file) => importsOf(file).filter((specifier) => specifier.startsWith('../')).map((specifier) => `${file}: ${specifier}`))
    expect(climbing).toEqual([])
  })

  it('puts no file beside a folder of the same name', () => {
    const clashes = ['src', 'collections', 'globals', 'tests'].flatMap((top) =>
      filesUnder(top).filter((file) => {
        const stem = basename(file).replace(/\.[^.]+$/, '')
        const folder = join(ROOT, dirname(file), stem)
        return stem !== basename(file) && existsSync(folder) && readdirSync(folder).length > 0
      }),
    )
    expect(clashes).toEqual([])
  })

  it('gives every feature and platform part a README saying what lives there', () => {
    const homes = ['features', 'platform'].flatMap((kind) =>
      readdirSync(join(ROOT, 'src', kind)).map((name) => `src/${kind}/${name}`),
    )
    expect(homes.filter((home) => !existsSync(join(ROOT, home, 'README.md')))).toEqual([])
  })

  it('names files one way per kind: components PascalCase, Payload pieces camelCase, modules kebab-case', () => {
    const code = [...src, ...sourceFiles('collections'), ...sourceFiles('globals')].filter((file) => !file.startsWith('src/app/'))
    const name = (file: string) => basename(file)
    const misnamed = [
      ...code.filter((file) => file.endsWith('.tsx') && !/^[A-Z][A-Za-z0-9]*\.tsx$/.test(name(file))),
      ...code
        .filter((file) => /^(collections\/[^/]+\/(hooks|endpoints|fields)|src\/features\/[^/]+\/(hooks|jobs|email|access))\//.test(file))
        .filter((file) => !/^[a-z][A-Za-z0-9]*\.ts$/.test(name(file))),
      ...code
        .filter((file) => /^src\/(features\/[^/]+\/(rules|server)|platform\/[^/]+\/rules|cli|seed)\//.test(file))
        .filter((file) => !/^[a-z0-9]+(-[a-z0-9]+)*\.(ts|mjs)$/.test(name(file))),
    ]
    expect(misnamed).toEqual([])
  })

  it('keeps at most 15 loose files in any folder of src (routes excepted)', () => {
    const perFolder = new Map<string, number>()
    for (const file of filesUnder('src').filter((f) => !f.startsWith('src/app/') && !f.startsWith('src/migrations/'))) {
      perFolder.set(dirname(file), (perFolder.get(dirname(file)) ?? 0) + 1)
    }
    expect([...perFolder].filter(([, count]) => count > 15)).toEqual([])
  })
})
