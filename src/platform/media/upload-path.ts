/**
 * Payload writes upload URLs with SERVER_URL in front. Pages link them root-relative instead, so
 * a file is always fetched from the origin that served the page (behind a proxy, on another host
 * name) and never from anywhere else.
 */
export function uploadPath(url: string | null | undefined): string | null {
  if (!url) return null
  const parsed = new URL(url, 'http://localhost')
  return parsed.pathname.startsWith('/api/') ? `${parsed.pathname}${parsed.search}` : null
}
