/** Builds an Atom 1.0 document. Pure string work, so it is unit-tested without a server. */
export type AtomEntry = { id: string; title: string; url: string; updated: string; published?: string; summary?: string; author?: string }
export type AtomFeed = { id: string; title: string; url: string; selfUrl: string; updated: string; author: string; entries: AtomEntry[] }

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

export function escapeXml(text: string): string {
  // Characters XML 1.0 forbids are dropped rather than escaped.
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c])
}

export function atomFeed(feed: AtomFeed): string {
  const entries = feed.entries.map(
    (entry) => `  <entry>
    <id>${escapeXml(entry.id)}</id>
    <title>${escapeXml(entry.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>
    <updated>${entry.updated}</updated>${entry.published ? `\n    <published>${entry.published}</published>` : ''}${
      entry.author ? `\n    <author><name>${escapeXml(entry.author)}</name></author>` : ''
    }${entry.summary ? `\n    <summary>${escapeXml(entry.summary)}</summary>` : ''}
  </entry>`,
  )
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-Hans">
  <id>${escapeXml(feed.id)}</id>
  <title>${escapeXml(feed.title)}</title>
  <link rel="alternate" type="text/html" href="${escapeXml(feed.url)}"/>
  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>
  <updated>${feed.updated}</updated>
  <author><name>${escapeXml(feed.author)}</name></author>
${entries.join('\n')}
</feed>
`
}
