import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { HotlineBox } from '@/platform/site-shell/ui/HotlineBox'
import { readerScript } from '@/platform/site-shell/reader-script'
import type { PublicPageProps } from '@/platform/site-shell/page-props'
import { SECTIONS } from '@/platform/site-shell/sections'
import { getSiteSettings } from '@/platform/site-shell/site-settings'

/**
 * Sections whose own pages have not been built yet say so plainly and point to the phone line,
 * instead of a broken link. A section's real route folder takes precedence over this one.
 */
type Props = PublicPageProps<{ section: string }>

// Any other first path segment is no page at all: Next answers it with the global not-found page,
// rendered in full on the server (a notFound() from a page rendered per request would reach
// readers without JavaScript as a blank page).
export const dynamicParams = false

export function generateStaticParams() {
  return SECTIONS.filter((section) => !section.ready).map((section) => ({ section: section.key }))
}

const sectionOf = (key: string) => SECTIONS.find((section) => section.key === key && !section.ready)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t, section } = await readerScript(params)
  const found = sectionOf(section)
  return { title: found ? t(found.label) : undefined }
}

export default async function SectionPreparingPage({ params }: Props) {
  const { script, t, section: key } = await readerScript(params)
  const section = sectionOf(key)
  if (!section) notFound()
  const settings = await getSiteSettings()
  return (
    <article className="prose">
      <h1>{t(section.label)}</h1>
      <p className="lead">{t(section.summary)}</p>
      <div className="notice" role="note">
        <p>{t('本栏目的网上服务正在建设中，上线后将提供：')}</p>
        <ul>
          {section.holds.map((item) => (
            <li key={item}>{t(item)}</li>
          ))}
        </ul>
        <p>{t('在此之前，您可以拨打下面的电话咨询，我们会同样认真地答复您。')}</p>
      </div>
      <HotlineBox script={script} hotlines={settings.hotlines ?? []} />
    </article>
  )
}
