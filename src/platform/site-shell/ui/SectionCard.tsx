import { textIn, type Script } from '@/platform/site-shell/chinese-script'
import type { Section } from '@/platform/site-shell/sections'

export type LatestItem = { href: string; title: string; date?: string }

/** A home-page card for one section, listing its newest items once the section has content. */
export function SectionCard({ section, script, latest = [] }: { section: Section; script: Script; latest?: LatestItem[] }) {
  const t = textIn(script)
  return (
    <article className="card">
      <h3 className="card__title">
        <a href={section.href}>{t(section.label)}</a>
      </h3>
      <p className="card__summary">{t(section.summary)}</p>
      {latest.length > 0 ? (
        <ul className="card__latest">
          {latest.map((item) => (
            <li key={item.href}>
              <a href={item.href}>{t(item.title)}</a>
              {item.date ? <time dateTime={item.date}> {item.date}</time> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  )
}
