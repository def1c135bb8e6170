import { atomFeed, type AtomEntry } from './rules/atom-feed'
import { serverUrl } from '@/platform/site-shell/server-url'
import { getSiteSettings } from '@/platform/site-shell/site-settings'

type FeedSection = { title: string; path: string; feed: string }

/** An Atom response for one section: the section page is the feed's alternate link. */
export async function sectionFeedResponse(section: FeedSection, entries: AtomEntry[]) {
  const settings = await getSiteSettings()
  const base = serverUrl()
  const updated = entries.reduce((latest, entry) => (entry.updated > latest ? entry.updated : latest), new Date(0).toISOString())
  const xml = atomFeed({
    id: `${base}${section.path}`,
    title: `${settings.siteName} - ${section.title}`,
    url: `${base}${section.path}`,
    selfUrl: `${base}${section.feed}`,
    updated,
    author: settings.authorityName,
    entries,
  })
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } })
}

/** An Atom date from a stored one, falling back to another field, and to the epoch rather than throwing. */
export function isoTime(value: string | null | undefined, fallback: string | null | undefined): string {
  const date = new Date(value || fallback || 0)
  return Number.isNaN(date.getTime()) ? new Date(0).toISOString() : date.toISOString()
}

/** An entry as a route gives it: the address on the site (also the entry's id) as a path. */
export type SectionFeedItem = Omit<AtomEntry, 'id' | 'url'> & { path: string }

/** The GET handler of a section's feed: its newest items, each made an entry by `entryOf`. */
export function sectionFeed<Doc>(section: FeedSection, newest: () => Promise<Doc[]>, entryOf: (doc: Doc) => SectionFeedItem) {
  return async function GET() {
    const base = serverUrl()
    const docs = await newest()
    const entries = docs.map((doc) => {
      const { path, ...entry } = entryOf(doc)
      return { id: `${base}${path}`, url: `${base}${path}`, ...entry }
    })
    return sectionFeedResponse(section, entries)
  }
}
