import { Fragment } from 'react'
import { textIn, type Script } from '@/platform/site-shell/chinese-script'

/** A step of the trail; the last one, the page itself on list pages, has no link. */
export type Crumb = { label: string; href?: string }

/** 首页 › section › …: where the page sits; labels in Simplified. */
export function Breadcrumbs({ script, trail }: { script: Script; trail: Crumb[] }) {
  const t = textIn(script)
  return (
    <nav className="breadcrumbs" aria-label={t('当前位置')}>
      <a href="/">{t('首页')}</a>
      {trail.map((crumb) => (
        <Fragment key={crumb.label}>
          {' › '}
          {crumb.href ? <a href={crumb.href}>{t(crumb.label)}</a> : t(crumb.label)}
        </Fragment>
      ))}
    </nav>
  )
}
