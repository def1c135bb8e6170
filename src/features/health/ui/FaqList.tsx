import { faqPage } from '@/platform/site-shell/rules/structured-data'
import { textIn, type Script } from '@/platform/site-shell/chinese-script'
import { PageSection } from '@/platform/site-shell/ui/PageSection'
import { JsonLd } from '@/platform/site-shell/ui/JsonLd'

type Question = { id?: string | null; question: string; answer: string }

/** Questions and answers, with schema.org FAQPage data for search engines. */
export function FaqList({ faq, script }: { faq: Question[] | null | undefined; script: Script }) {
  if (!faq || faq.length === 0) return null
  const t = textIn(script)
  const data = faqPage(faq.map((item) => ({ question: t(item.question), answer: t(item.answer) })))
  return (
    <PageSection script={script} id="faq-title" heading="常见问题">
      <dl className="faq">
        {faq.map((item, i) => (
          <div key={item.id ?? i} className="faq__item">
            <dt>{t(item.question)}</dt>
            <dd>
              {t(item.answer)
                .split(/\n+/)
                .map((line, j) => (
                  <p key={j}>{line}</p>
                ))}
            </dd>
          </div>
        ))}
      </dl>
      <JsonLd data={data} />
    </PageSection>
  )
}
