// Cache-Control of public pages, applied by next.config.mjs. A shared cache (nginx's micro-cache,
// deploy/nginx/site.conf) may keep a page one second and serve it one more second while it fetches
// a fresh copy, so what staff publish shows within 2 s; browsers always ask again (max-age=0).
// Next's own default for prerendered pages (s-maxage=<revalidate>, stale-while-revalidate for up to
// a year) would let a proxy serve a withdrawn notice for minutes.
export const PUBLIC_PAGE_CACHE_CONTROL = 'public, max-age=0, s-maxage=1, stale-while-revalidate=1'

// Left to what the route sends itself (no-store for personal data, Next's hashed assets, the
// private reader stylesheet): staff and API, previews, the feedback form and tracking (also under
// their /hans and /hant rewrites) and the per-visitor routes. Feeds, the sitemap and the data
// files are public pages too: a route that sets its own Cache-Control keeps it.
const NOT_PUBLIC_PAGES = [
  'admin',
  'api',
  '_next',
  'preview',
  '(?:han[st]/)?feedback/new',
  '(?:han[st]/)?feedback/track',
  'reader-settings',
  'feedback-challenge',
  'reader\\.css',
  // Figures computed at most every five minutes say so themselves (public, max-age=300).
  'open-data/figures\\.(?:csv|json)',
]

export function sharedCacheHeaders() {
  return [
    {
      source: `/((?!(?:${NOT_PUBLIC_PAGES.join('|')})(?:/|$)).*)`,
      headers: [{ key: 'Cache-Control', value: PUBLIC_PAGE_CACHE_CONTROL }],
    },
  ]
}
