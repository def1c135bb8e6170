import config from '@payload-config'
import { getPayload } from 'payload'
import { rebuildSearchIndex } from '@/features/search/server/rebuild'

// `npm run search:rebuild`: the index is kept up to date by hooks; this repairs or fills it
// (after a restore, a bulk import with hooks skipped, or a change of the tokeniser).
const payload = await getPayload({ config })
const { counts, removed } = await rebuildSearchIndex(payload)
for (const [collection, count] of Object.entries(counts)) console.log(`search: ${collection} ${count} indexed`)
console.log(`search: ${removed} stale entries removed`)
await payload.destroy()
process.exit(0)
