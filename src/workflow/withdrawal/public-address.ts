type Doc = { slug?: string | null; key?: string | null } | null | undefined

/** Where each public content collection shows a document (without the /hans or /hant prefix). */
const ADDRESSES: Partial<Record<string, (doc: NonNullable<Doc>) => string | null>> = {
  'policy-notices': (doc) => (doc.slug ? `/policies/${doc.slug}` : null),
  'outreach-articles': (doc) => (doc.slug ? `/outreach/${doc.slug}` : null),
  events: (doc) => (doc.slug ? `/events/${doc.slug}` : null),
  'health-topics': (doc) => (doc.slug ? `/health/${doc.slug}` : null),
  'service-stations': (doc) => (doc.key ? `/stations/${doc.key}` : null),
}

/** The public address of a document, or null when its collection has no public pages. */
export function publicAddress(collection: string, doc: Doc): string | null {
  const address = ADDRESSES[collection]
  return address && doc ? address(doc) : null
}

/** The section list an address belongs to: /policies for /policies/xyz. */
export const SECTION_PATHS = ['/policies', '/outreach', '/events', '/health', '/stations'] as const
