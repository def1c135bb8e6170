import config from '@payload-config'
import { unstable_cache } from 'next/cache'
import { getPayload } from 'payload'
import { openDataFigures } from './index'

/**
 * The figures the page and both downloads share, cached for five minutes: four grouped scans of
 * a year of messages are cheap but not free, and the page, the CSV and the JSON then show the
 * very same numbers.
 */
export const cachedOpenDataFigures = unstable_cache(
  async () => openDataFigures(await getPayload({ config })),
  ['open-data-figures'],
  { revalidate: 300 },
)
