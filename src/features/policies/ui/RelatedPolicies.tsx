import { isWithdrawn } from '@/platform/publishing/rules/withdrawal'
import { textIn, type Script } from '@/platform/site-shell/chinese-script'
import { PageSection } from '@/platform/site-shell/ui/PageSection'

type Related = { title: string; slug?: string | null; kind?: string | null; documentNumber?: string | null; withdrawal?: { withdrawn?: boolean | null } | null }

const isRelated = (value: unknown): value is Related => typeof value === 'object' && value !== null && 'title' in value

export function RelatedPolicies({ related, script }: { related: unknown[] | null | undefined; script: Script }) {
  // Withdrawn notices stay readable at their address but are no longer pointed to.
  const items = (related ?? []).filter(isRelated).filter((item) => !isWithdrawn(item))
  if (items.length === 0) return null
  const t = textIn(script)
  return (
    <PageSection script={script} id="related-title" heading="相关文件与解读">
      <ul>
        {items.map((item) => (
          <li key={item.slug}>
            {item.kind === 'interpretation' ? <span className="tag">{t('解读')}</span> : null}
            <a href={`/policies/${item.slug}`}>{t(item.title)}</a>
            {item.documentNumber ? `（${t(item.documentNumber)}）` : ''}
          </li>
        ))}
      </ul>
    </PageSection>
  )
}
