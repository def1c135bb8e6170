type Doc = { slug?: string | null; key?: string | null } | null | undefined

/** Where each public content collection shows a document: /<section>/<field value>. */
const ADDRESSES = [
  { collection: 'policy-notices', section: 'policies', field: 'slug' },
  { collection: 'outreach-articles', section: 'outreach', field: 'slug' },
  { collection: 'events', section: 'events', field: 'slug' },
  { collection: 'health-topics', section: 'health', field: 'slug' },
  { collection: 'service-guides', section: 'guides', field: 'slug' },
  { collection: 'service-stations', section: 'stations', field: 'key' },
  { collection: 'consultations', section: 'consultations', field: 'slug' },
  { collection: 'open-government-reports', section: 'open-government/annual-reports', field: 'slug' },
] as const

/** The public address of a document (without the /hans or /hant prefix), or null when its collection has no public pages. */
export function publicAddress(collection: string, doc: Doc): string | null {
  const address = ADDRESSES.find((entry) => entry.collection === collection)
  const value = address && doc ? doc[address.field] : null
  return address && value ? `/${address.section}/${value}` : null
}

/** The document an address names, the other way round: /policies/xyz → policy-notices whose slug is xyz. */
export function documentAt(pathname: string): { collection: string; field: 'slug' | 'key'; value: string } | null {
  for (const address of ADDRESSES) {
    const prefix = `/${address.section}/`
    const rest = pathname.startsWith(prefix) ? pathname.slice(prefix.length).replace(/\/$/, '') : ''
    if (!rest || rest.includes('/')) continue
    try {
      return { collection: address.collection, field: address.field, value: decodeURIComponent(rest) }
    } catch {
      return null
    }
  }
  return null
}

/** The section list an address belongs to: /policies for /policies/xyz. */
export const SECTION_PATHS = ADDRESSES.map((address) => `/${address.section}`)
