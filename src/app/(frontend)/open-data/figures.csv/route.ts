import { openDataCsv } from '@/features/open-data/rules'
import { cachedOpenDataFigures } from '@/features/open-data/server/cached'

// Rendered per request from the five-minute cache the page shares, so the file always matches the
// page and can say so in its own Cache-Control header (a static route would get Next's instead).
export const dynamic = 'force-dynamic'

export async function GET() {
  const figures = await cachedOpenDataFigures()
  return new Response(openDataCsv(figures), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="open-data-${figures.from}-${figures.to}.csv"`,
      'Cache-Control': 'public, max-age=300',
    },
  })
}
