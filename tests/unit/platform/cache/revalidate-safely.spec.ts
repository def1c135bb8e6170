import { afterEach, describe, expect, it, vi } from 'vitest'
import { revalidateSafely, tagsOfTarget } from '@/platform/cache/revalidateSafely'
import { cachedForVisitors, visitorDataTag } from '@/platform/cache/visitor-data'

const logger = { warn: vi.fn() }
const global = globalThis as { __incrementalCache?: unknown }

afterEach(() => {
  delete global.__incrementalCache
  vi.useRealTimers()
  logger.warn.mockReset()
})

describe('the tags a revalidation expires', () => {
  it('names pages, layouts and data as Next does (revalidatePath, revalidatePath(…, "layout"), revalidateTag)', () => {
    expect(tagsOfTarget({ path: '/hans/policies/x' })).toEqual(['_N_T_/hans/policies/x'])
    expect(tagsOfTarget({ path: '/feeds/policies.xml/' })).toEqual(['_N_T_/feeds/policies.xml'])
    expect(tagsOfTarget({ layoutPath: '/' })).toEqual(['_N_T_/layout'])
    expect(tagsOfTarget({ layoutPath: '/hans' })).toEqual(['_N_T_/hans/layout'])
    expect(tagsOfTarget({ tags: [visitorDataTag('policy-notices')] })).toEqual(['visitor-data:policy-notices'])
  })
})

describe('a revalidation outside a request (the job worker publishing on schedule)', () => {
  it('goes straight to the running server’s cache, now and again once the change has committed', async () => {
    vi.useFakeTimers()
    const expired: { tags: string[]; durations: unknown }[] = []
    global.__incrementalCache = { revalidateTag: async (tags: string[], durations: unknown) => void expired.push({ tags, durations }) }
    revalidateSafely({ path: '/hans/policies/x', tags: [visitorDataTag('policy-notices')] }, logger)
    expect(expired).toEqual([{ tags: ['_N_T_/hans/policies/x', 'visitor-data:policy-notices'], durations: { expire: 0 } }])
    await vi.advanceTimersByTimeAsync(1000)
    expect(expired).toHaveLength(2)
    expect(logger.warn).not.toHaveBeenCalled()
  })

  it('does nothing in a seed or CLI, where no server caches anything', () => {
    expect(() => revalidateSafely({ path: '/hans', tags: ['visitor-data:events'] }, logger)).not.toThrow()
    expect(logger.warn).not.toHaveBeenCalled()
  })
})

describe('visitor data outside a Next server', () => {
  it('runs the loader on every call, so seeds and local-API tests always read the database', async () => {
    let calls = 0
    const load = cachedForVisitors('unit-test', ['events'], async (n: number) => ({ n, call: ++calls }))
    expect(await load(1)).toEqual({ n: 1, call: 1 })
    expect(await load(1)).toEqual({ n: 1, call: 2 })
  })
})
