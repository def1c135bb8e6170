import fs from 'node:fs'
import config from '@payload-config'
import { commitTransaction, createLocalReq, getPayload, initTransaction } from 'payload'
import { describe, expect, it } from 'vitest'

const openFiles = (file: string) =>
  fs.readdirSync('/proc/self/fd').filter((fd) => {
    try {
      return fs.readlinkSync(`/proc/self/fd/${fd}`).startsWith(file)
    } catch {
      return false
    }
  }).length

describe.runIf(process.env.TEST_DB_KIND === 'sqlite')('SQLite connections', () => {
  it('does not leak a connection per write transaction', async () => {
    const payload = await getPayload({ config })
    const file = process.env.DATABASE_URI!.replace(/^file:/, '')
    await payload.updateGlobal({ slug: 'policy-settings', data: { authorityCode: 'A-0' } })
    const before = openFiles(file)
    for (let i = 1; i <= 60; i++) await payload.updateGlobal({ slug: 'policy-settings', data: { authorityCode: `A-${i}` } })
    expect(openFiles(file) - before).toBeLessThan(4)
  })

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

  it('lets a write outside any transaction wait for an open one, and leaves the file unlocked after', async () => {
    const payload = await getPayload({ config })
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    await payload.updateGlobal({ slug: 'policy-settings', data: { authorityCode: 'B-held' }, req })
    // No req: this insert goes to the client's own connection while the transaction holds the writer.
    const outside = payload.db.create({ collection: 'audit-log', data: { at: new Date().toISOString(), action: 'test.outside', actorEmail: 'test@example.test', summary: '事务外的写入' } })
    await new Promise((resolve) => setTimeout(resolve, 200))
    await commitTransaction(req)
    await expect(outside).resolves.not.toThrow()
    await payload.updateGlobal({ slug: 'policy-settings', data: { authorityCode: 'B-after' } })
    expect((await payload.findGlobal({ slug: 'policy-settings' })).authorityCode).toBe('B-after')
  })
})
