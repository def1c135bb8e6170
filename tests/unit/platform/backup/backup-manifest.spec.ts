import { describe, expect, it } from 'vitest'
import { buildManifest, compareManifest, parseManifest, totalRows } from '@/platform/backup/rules/backup-manifest'

const hash = (c: string) => c.repeat(64)
const manifest = buildManifest({
  createdAt: new Date('2026-11-29T04:00:00Z'),
  dialect: 'sqlite',
  databaseFile: 'database.sqlite',
  tables: { users: 2, feedback: 5 },
  uploads: [
    { path: 'media/b.png', size: 10, sha256: hash('b') },
    { path: 'feedback/a.pdf', size: 20, sha256: hash('a') },
  ],
})

describe('backup manifest', () => {
  it('sorts tables and files so two backups of the same data read the same', () => {
    expect(Object.keys(manifest.database.tables)).toEqual(['feedback', 'users'])
    expect(manifest.uploads.map((u) => u.path)).toEqual(['feedback/a.pdf', 'media/b.png'])
    expect(totalRows(manifest.database.tables)).toBe(7)
  })

  it('round-trips through JSON and refuses what it did not write', () => {
    expect(parseManifest(JSON.stringify(manifest))).toEqual(manifest)
    expect(() => parseManifest(JSON.stringify({ ...manifest, format: 2 }))).toThrow(/format/)
    expect(() => parseManifest(JSON.stringify({ ...manifest, uploads: [{ path: 'x', size: 1, sha256: 'nothex' }] }))).toThrow(/invalid upload/)
  })

  it('refuses upload paths that would leave the uploads folder', () => {
    for (const path of ['../etc/passwd', '/etc/passwd', 'media/../../x', 'a\\b', 'media//x']) {
      expect(() => parseManifest(JSON.stringify({ ...manifest, uploads: [{ path, size: 1, sha256: hash('c') }] })), path).toThrow(/unsafe/)
    }
  })

  it('finds no difference when counts and checksums match', () => {
    expect(compareManifest(manifest, { tables: { users: 2, feedback: 5 }, uploads: [...manifest.uploads].reverse() })).toEqual([])
  })

  it('reports each kind of difference', () => {
    const differences = compareManifest(manifest, {
      tables: { users: 1, extra: 3 },
      uploads: [
        { path: 'media/b.png', size: 10, sha256: hash('c') },
        { path: 'feedback/stray.jpg', size: 1, sha256: hash('d') },
      ],
    })
    expect(differences.map((d) => d.kind).sort()).toEqual(['row-count', 'table-extra', 'table-missing', 'upload-changed', 'upload-extra', 'upload-missing'])
  })
})
