import { tagLabel } from '@/platform/content/rules/content-tags'
import { textIn, type Script } from '@/platform/site-shell/chinese-script'

/** A page's topics; each links to the outreach list filtered by it. */
export function TagLabels({ tags, script }: { tags: string[] | null | undefined; script: Script }) {
  if (!tags || tags.length === 0) return null
  const t = textIn(script)
  return (
    <ul className="tag-labels" aria-label={t('主题')}>
      {tags.map((tag) => (
        <li key={tag}>
          <a className="tag" href={`/outreach?tag=${tag}`}>
            {t(tagLabel(tag))}
          </a>
        </li>
      ))}
    </ul>
  )
}
