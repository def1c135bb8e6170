import { textIn, type Script } from '@/platform/site-shell/chinese-script'
import { DayTime } from '@/platform/site-shell/ui/DayTime'

/** `date`: shown above the summary, as a day in Beijing time. */
export type SummaryItem = { id: number | string; href: string; title: string; summary: string; date?: string | null }

/** Linked titles with their summaries, under a section's h2; texts in Simplified. */
export function SummaryList({ script, items }: { script: Script; items: SummaryItem[] }) {
  const t = textIn(script)
  return (
    <ul className="content-list">
      {items.map((item) => (
        <li key={item.id} className="content-item">
          <div>
            <h3 className="content-item__title">
              <a href={item.href}>{t(item.title)}</a>
            </h3>
            {item.date ? (
              <p className="content-item__meta">
                <DayTime value={item.date} />
              </p>
            ) : null}
            <p>{t(item.summary)}</p>
          </div>
        </li>
      ))}
    </ul>
  )
}
