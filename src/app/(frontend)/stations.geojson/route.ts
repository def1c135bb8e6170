import { stationsGeoJson } from '@/features/stations/server/station-export'
import { publishedStations } from '@/features/stations/server/station-queries'
import { serverUrl } from '@/platform/site-shell/server-url'

// Cached like a page; publishing or changing a station refreshes it (the collection's hook).
export const dynamic = 'force-static'
export const revalidate = 3600

export async function GET() {
  const body = stationsGeoJson(await publishedStations(), serverUrl(), new Date())
  return new Response(JSON.stringify(body), {
    headers: {
      'Content-Type': 'application/geo+json; charset=utf-8',
      'Cache-Control': 'public, max-age=600, s-maxage=3600',
      'Access-Control-Allow-Origin': '*',
    },
  })
}
