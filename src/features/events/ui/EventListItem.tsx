import { textIn, type Script } from '@/platform/site-shell/chinese-script'
import { beijingIso, eventTimeText } from '@/features/events/rules/event-time'

export type EventSummary = { id: number | string; title: string; slug?: string | null; startsAt: string; endsAt?: string | null; place: string; summary: string }

export function EventListItem({ event, script }: { event: EventSummary; script: Script }) {
  const t = textIn(script)
  return (
    <li className="content-item content-item--event">
      <div>
        <h3 className="content-item__title">
          <a href={`/events/${event.slug}`}>{t(event.title)}</a>
        </h3>
        <p className="content-item__meta">
          <time className="event-time" dateTime={beijingIso(event.startsAt)}>{eventTimeText(event.startsAt, event.endsAt)}</time>
          <span>{t(event.place)}</span>
        </p>
        <p>{t(event.summary)}</p>
      </div>
    </li>
  )
}
