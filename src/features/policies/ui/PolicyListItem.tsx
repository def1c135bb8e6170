import { textIn, type Script } from '@/platform/site-shell/chinese-script'
import { validityLabel } from '@/features/policies/rules/policy-topics'
import { DayTime } from '@/platform/site-shell/ui/DayTime'

export type PolicySummary = {
  title: string
  slug?: string | null
  documentNumber?: string | null
  issuingAuthority?: string | null
  dateWritten?: string | null
  datePublished?: string | null
  validity?: string | null
  kind?: string | null
  indexNumber?: string | null
}

export function PolicyListItem({ policy, script }: { policy: PolicySummary; script: Script }) {
  const t = textIn(script)
  const outdated = policy.validity && policy.validity !== 'in-force'
  return (
    <li className="policy-item">
      <a className="policy-item__title" href={`/policies/${policy.slug}`}>
        {policy.kind === 'interpretation' ? <span className="tag">{t('解读')}</span> : null}
        {t(policy.title)}
      </a>
      <p className="policy-item__meta">
        {policy.indexNumber ? (
          <span>
            {t('索引号：')}
            {policy.indexNumber}
          </span>
        ) : null}
        {policy.documentNumber ? <span>{t(policy.documentNumber)}</span> : null}
        {policy.issuingAuthority ? <span>{t(policy.issuingAuthority)}</span> : null}
        <span>
          {t('发布：')}
          <DayTime value={policy.datePublished} />
        </span>
        {outdated ? <span className="tag tag--warning">{t(validityLabel(policy.validity))}</span> : null}
      </p>
    </li>
  )
}
