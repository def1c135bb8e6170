import config from '@payload-config'
import { getPayload } from 'payload'
import { describe, expect, it } from 'vitest'

describe.runIf(process.env.TEST_DB_KIND === 'sqlite')('SQLite connections', () => {
  it('lets concurrent writers take turns instead of failing with "database is locked"', async () => {
    const payload = await getPayload({ config })
    const writes = Array.from({ length: 12 }, (_, i) =>
      payload.create({
        collection: 'users',
        data: { email: `writer${i}@example.test`, password: 'Correct-Horse-42', name: `写入 ${i}`, roles: ['editor'] },
      }),
    )
    const results = await Promise.allSettled(writes)
    expect(results.filter((r) => r.status === 'rejected')).toEqual([])
    expect((await payload.count({ collection: 'users' })).totalDocs).toBeGreaterThanOrEqual(12)
  })
})
