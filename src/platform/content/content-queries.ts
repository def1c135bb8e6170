import config from '@payload-config'
import { getPayload, type CollectionSlug, type PopulateType, type Where } from 'payload'
import { VISITOR, type PageReader } from '@/platform/publishing/preview/visitor'

// Every query runs as the page's reader (overrideAccess: false): drafts stay invisible because the
// collection's access rule says so, not because of a filter here.

/** The page at an address (/section/<slug>) as its reader may see it: a visitor, or staff previewing the draft. */
export async function pageBySlug<TSlug extends CollectionSlug>(
  collection: TSlug,
  slug: string,
  reader: PageReader = VISITOR,
  populate?: PopulateType,
) {
  const payload = await getPayload({ config })
  const result = await payload.find({
    collection,
    where: { slug: { equals: slug } } as Where,
    limit: 1,
    depth: 1,
    pagination: false,
    populate,
    ...reader,
  })
  return result.docs[0] ?? null
}
