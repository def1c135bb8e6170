import { normalisePath } from '@/platform/publishing/rules/retirement'
import { ownOrigin } from '@/platform/site-shell/server-url'

/**
 * The retired addresses, as the proxy sees them: read from the server's own API (the proxy
 * cannot load Payload) and used for at most REFRESH_MS after the read began, so a retirement or
 * a republication reaches every instance in under two seconds (1.5 s leaves room for the request
 * itself). Routing only: what a visitor may read is still decided by Payload when the page itself
 * is served.
 */
const REFRESH_MS = 1500
const TIMEOUT_MS = 1500

export type RetiredEntry = { status: '410' | '308'; target: string | null }
type Row = { path?: string; status?: '410' | '308'; target?: string | null }

let table = new Map<string, RetiredEntry>()
let loadedAt = 0
let loading: Promise<void> | null = null

async function load() {
  const started = Date.now()
  const query = 'limit=0&pagination=false&depth=0&select[path]=true&select[status]=true&select[target]=true'
  try {
    const response = await fetch(`${ownOrigin()}/api/retired-addresses?${query}`, { signal: AbortSignal.timeout(TIMEOUT_MS), cache: 'no-store' })
    if (!response.ok) throw new Error(`status ${response.status}`)
    const { docs } = (await response.json()) as { docs: Row[] }
    table = new Map(docs.filter((row) => row.path).map((row) => [row.path!, { status: row.status === '308' ? '308' : '410', target: row.target ?? null }]))
    loadedAt = started
  } catch {
    // Keep the last known table; try again on a later request, not on every one.
    loadedAt = Date.now() - REFRESH_MS / 2
  }
}

export async function retiredAddress(pathname: string): Promise<RetiredEntry | undefined> {
  if (Date.now() - loadedAt >= REFRESH_MS) {
    loading ??= load().finally(() => (loading = null))
    await loading
  }
  return table.get(normalisePath(pathname))
}
