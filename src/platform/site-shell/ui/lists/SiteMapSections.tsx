import { textIn, type Script } from '@/platform/site-shell/chinese-script'
import type { Section, SectionPage } from '@/platform/site-shell/sections'

type Props = {
  script: Script
  sections: Section[]
  /** Content pages of a section, by its key, where the section is small enough to list them all. */
  contentPages: Record<string, SectionPage[]>
  /** What stands for the rest where a section is too large to list (its catalogue, by topic or year). */
  moreLinks: Record<string, SectionPage[]>
}

/** 网站地图: every section with its fixed pages and content pages, each a heading with a list. */
export function SiteMapSections({ script, sections, contentPages, moreLinks }: Props) {
  const t = textIn(script)
  return (
    <>
      {sections.map((section) => {
        const pages = [...(section.pages ?? []), ...(contentPages[section.key] ?? []), ...(moreLinks[section.key] ?? [])]
        return (
          <section key={section.key} className="site-map__section" aria-labelledby={`map-${section.key}`}>
            <h2 id={`map-${section.key}`}>
              <a href={section.href}>{t(section.label)}</a>
            </h2>
            <p>{t(section.summary)}</p>
            {pages.length > 0 ? (
              <ul className="site-map__pages">
                {pages.map((page) => (
                  <li key={page.href}>
                    <a href={page.href}>{t(page.label)}</a>
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
        )
      })}
    </>
  )
}
