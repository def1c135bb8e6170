import { textIn, type Script } from '@/platform/site-shell/chinese-script'
import { PageSection } from '@/platform/site-shell/ui/PageSection'

type Material = { id?: string | null; name: string; note?: string | null; optional?: boolean | null }

/**
 * 申请材料 as a checklist a resident can tick on paper: printed, it fits one page with the
 * guide's name, the time limit and the phone (guides.css hides the rest of the page).
 */
export function GuideChecklist({ script, title, materials, timeLimit, phone }: { script: Script; title: string; materials: Material[]; timeLimit: string; phone: string }) {
  const t = textIn(script)
  return (
    <PageSection script={script} id="materials-title" heading="申请材料" className="guide-checklist">
      <p className="guide-checklist__print-title">{t(`${title}：申请材料清单`)}</p>
      <ul className="checklist">
        {materials.map((item, i) => (
          <li key={item.id ?? i}>
            <span className="checklist__box" aria-hidden="true" />
            <span>
              <strong>{t(item.name)}</strong>
              {item.optional ? <span className="tag">{t('视情况提供')}</span> : null}
              {item.note ? <span className="checklist__note">{t(item.note)}</span> : null}
            </span>
          </li>
        ))}
      </ul>
      <p className="guide-checklist__print-foot">{t(`办理时限：${timeLimit}。咨询电话：${phone}。`)}</p>
    </PageSection>
  )
}
