import { lexicalPlainText, type LexicalState } from '@/platform/content/rules/lexical-text'
import { eventCalendar } from '@/features/events/rules/icalendar'
import { getEventBySlug } from '@/features/events/server/event-queries'
import { serverUrl } from '@/platform/site-shell/server-url'

// Outside [script]: the proxy leaves addresses with a file extension alone. Rendered per request
// from the visitor-level query (drafts answer 404), with a short public cache.
export const dynamic = 'force-dynamic'

const placeOf = (event: { place: string; district?: unknown }) => {
  const district = event.district && typeof event.district === 'object' && 'name' in event.district ? String(event.district.name) : ''
  return district ? `${event.place}（${district}）` : event.place
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const event = await getEventBySlug(slug)
  if (!event || !event.slug) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  const base = serverUrl()
  const registration = event.registration ?? {}
  const contact = [registration.note, registration.phone ? `报名与咨询电话：${registration.phone}` : null].filter(Boolean).join('\n')
  const description = [event.summary, lexicalPlainText(event.description as LexicalState), contact].filter(Boolean).join('\n\n')
  const body = eventCalendar(
    {
      uid: `event-${event.id}@${new URL(base).host}`,
      title: event.title,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      location: placeOf(event),
      description,
      url: `${base}/events/${event.slug}`,
      updatedAt: event.updatedAt,
    },
    { productId: '-//Chengdu family planning and reproductive health site//Events//ZH' },
  )
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${event.slug}.ics"`,
      'Cache-Control': 'public, max-age=300',
    },
  })
}
