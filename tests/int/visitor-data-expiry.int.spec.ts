import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { VISITOR_DATA_SOURCES } from '@/platform/cache/visitor-data-sources'

/**
 * Cached visitor data expires only through the hooks payload.config.ts gives its sources: every
 * source named in visitor-data-sources.ts must be a collection or global of the site, with them.
 */
let payload: Payload

beforeAll(async () => {
  payload = await getPayload({ config })
})

describe('the sources of cached visitor data', () => {
  it('are all collections or globals of the site, each with the hooks that expire its cached data', () => {
    for (const slug of VISITOR_DATA_SOURCES) {
      const collection = payload.config.collections.find((c) => c.slug === slug)
      const global = payload.config.globals.find((g) => g.slug === slug)
      expect(collection ?? global, slug).toBeTruthy()
      const hooks = (collection ?? global)!.hooks as { afterChange?: Function[]; afterDelete?: Function[] }
      const names = (list: Function[] = []) => list.map((hook) => hook.name)
      expect(names(hooks.afterChange), slug).toContain('expireVisitorDataAfterChange')
      if (collection) expect(names(hooks.afterDelete), slug).toContain('expireVisitorDataAfterDelete')
    }
  })
})
