import type { Script } from '@/platform/site-shell/chinese-script'
import { EventListItem, type EventSummary } from './EventListItem'

/** Events in the order given; `past` lists ended ones, drawn quieter. */
export function EventList({ events, script, past }: { events: EventSummary[]; script: Script; past?: boolean }) {
  return (
    <ol className={past ? 'content-list content-list--past' : 'content-list'}>
      {events.map((event) => (
        <EventListItem key={event.id} event={event} script={script} />
      ))}
    </ol>
  )
}
