import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, normalize, relative } from 'node:path'

/** The repository, read as files and the imports between them; for the tests that guard the tree's shape. */
export const ROOT = process.cwd()

const CODE = /\.(ts|tsx|mts|mjs|js)$/
const GENERATED = [/^src\/migrations\//, /^src\/payload-types\.ts$/, /^src\/app\/\(payload\)\//]

export function filesUnder(folder: string): string[] {
  const out: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(join(ROOT, dir))) {
      const path = `${dir}/${name}`
      if (statSync(join(ROOT, path)).isDirectory()) walk(path)
      else out.push(path)
    }
  }
  if (existsSync(join(ROOT, folder))) walk(folder)
  return out.sort()
}

export const sourceFiles = (folder: string) =>
  filesUnder(folder).filter((file) => CODE.test(file) && !GENERATED.some((pattern) => pattern.test(file)))

const IMPORT = /(?:\bfrom|^\s*import|\bimport\s*\()\s*['"]([^'"\n]+)['"]/gm

/** Every module specifier a file names: static, type-only, re-exports and dynamic imports. */
export function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8')
  return [...text.matchAll(IMPORT)].map((match) => match[1])
}

const EXTENSIONS = ['', '.ts', '.tsx', '.mjs', '.js', '/index.ts', '/index.tsx']

/** The repository file a specifier names, or null for a package (or anything not in the tree). */
export function resolveImport(from: string, specifier: string): string | null {
  let base: string
  if (specifier.startsWith('@/')) base = `src/${specifier.slice(2)}`
  else if (specifier.startsWith('@collections/')) base = `collections/${specifier.slice('@collections/'.length)}`
  else if (specifier.startsWith('.')) base = relative(ROOT, normalize(join(ROOT, dirname(from), specifier)))
  else return null
  for (const extension of EXTENSIONS) {
    const candidate = base + extension
    if (existsSync(join(ROOT, candidate)) && statSync(join(ROOT, candidate)).isFile()) return candidate
  }
  return null
}

/** Import cycles among the given files (Tarjan's strongly connected components of two or more). */
export function importCycles(files: string[]): string[][] {
  const inside = new Set(files)
  const edges = new Map(
    files.map((file) => [
      file,
      importsOf(file)
        .map((specifier) => resolveImport(file, specifier))
        .filter((target): target is string => target !== null && inside.has(target)),
    ]),
  )
  let counter = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const cycles: string[][] = []
  const connect = (file: string) => {
    index.set(file, counter)
    low.set(file, counter++)
    stack.push(file)
    onStack.add(file)
    for (const next of edges.get(file) ?? []) {
      if (!index.has(next)) {
        connect(next)
        low.set(file, Math.min(low.get(file)!, low.get(next)!))
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file)!, index.get(next)!))
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = []
      let member: string
      do {
        member = stack.pop()!
        onStack.delete(member)
        component.push(member)
      } while (member !== file)
      if (component.length > 1) cycles.push(component.sort())
    }
  }
  for (const file of files) if (!index.has(file)) connect(file)
  return cycles
}
