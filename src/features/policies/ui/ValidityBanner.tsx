import { textIn, type Script } from '@/platform/site-shell/chinese-script'
import { validityLabel } from '@/features/policies/rules/policy-topics'
import type { PolicyNotice } from '@/payload-types'

const isLinked = (value: number | PolicyNotice): value is PolicyNotice => typeof value === 'object' && value !== null

/** Amended, repealed or expired notices say so at the top and point to what replaced them. */
export function ValidityBanner({ policy, script }: { policy: PolicyNotice; script: Script }) {
  if (!policy.validity || policy.validity === 'in-force') return null
  const t = textIn(script)
  const replacements = (policy.supersededBy ?? []).filter(isLinked)
  return (
    <div className="banner banner--warning" role="note" aria-label={t('文件有效性')}>
      <p className="banner__title">
        {t(`本文件${validityLabel(policy.validity)}`)}
        {policy.validityNote ? `：${t(policy.validityNote)}` : '。'}
      </p>
      {replacements.length > 0 ? (
        <p>
          {t('请参阅：')}
          {replacements.map((doc, i) => (
            <span key={doc.slug ?? i}>
              {i > 0 ? '；' : ''}
              <a href={`/policies/${doc.slug}`}>
                {t(doc.title)}
                {doc.documentNumber ? `（${t(doc.documentNumber)}）` : ''}
              </a>
            </span>
          ))}
        </p>
      ) : null}
    </div>
  )
}
