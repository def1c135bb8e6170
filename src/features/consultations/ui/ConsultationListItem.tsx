import { phaseSentence } from '@/features/consultations/rules'
import { textIn, type Script } from '@/platform/site-shell/chinese-script'

type Item = { title: string; slug?: string | null; summary: string; department: string; opensOn: string; closesOn: string; outcome?: { publishedAt?: string | null } | null }

export function ConsultationListItem({ item, script, now }: { item: Item; script: Script; now: Date }) {
  const t = textIn(script)
  return (
    <li className="content-item">
      <div>
        <h2 className="content-item__title">
          <a href={`/consultations/${item.slug}`}>{t(item.title)}</a>
        </h2>
        <p className="content-item__meta">
          <span>{t(phaseSentence(item, now))}</span>
          <span>{t(item.department)}</span>
          {item.outcome?.publishedAt ? <span>{t('已公布意见采纳情况')}</span> : null}
        </p>
        <p>{t(item.summary)}</p>
      </div>
    </li>
  )
}
