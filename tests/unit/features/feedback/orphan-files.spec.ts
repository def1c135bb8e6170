import { describe, expect, it } from 'vitest'
import { ORPHAN_FILE_GRACE_MS, orphanFiles } from '@/features/feedback/rules/intake/orphan-files'

describe('orphan attachment files', () => {
  const now = Date.parse('2026-11-29T08:00:00Z')
  const file = (name: string, ageMs: number) => ({ name, modifiedAtMs: now - ageMs })

  it('names only unreferenced files past the grace period, sorted', () => {
    const files = [file('b.pdf', 2 * ORPHAN_FILE_GRACE_MS), file('kept.png', 5 * ORPHAN_FILE_GRACE_MS), file('a.pdf', ORPHAN_FILE_GRACE_MS), file('young.pdf', ORPHAN_FILE_GRACE_MS - 1)]
    expect(orphanFiles(files, new Set(['kept.png']), now)).toEqual(['a.pdf', 'b.pdf'])
  })

  it('never names a referenced file, however old, nor a file from the future (clock skew)', () => {
    expect(orphanFiles([file('x.pdf', 10 * ORPHAN_FILE_GRACE_MS)], new Set(['x.pdf']), now)).toEqual([])
    expect(orphanFiles([file('y.pdf', -ORPHAN_FILE_GRACE_MS)], new Set(), now)).toEqual([])
  })
})
