import { textIn, type Script } from '@/lib/chinese-script'

type Question = { id?: string | null; question: string; answer: string }

/**
 * Questions and answers, with schema.org FAQPage data for search engines. The JSON-LD block is
 * a data block (type application/ld+json), never executed, so the site's CSP does not apply to it;
 * `<` is escaped so an answer can never close the script element.
 */
export function FaqList({ faq, script }: { faq: Question[] | null | undefined; script: Script }) {
  if (!faq || faq.length === 0) return null
  const t = textIn(script)
  const data = {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: faq.map((item) => ({
      '@type': 'Question',
      name: t(item.question),
      acceptedAnswer: { '@type': 'Answer', text: t(item.answer) },
    })),
  }
  return (
    <section aria-labelledby="faq-title">
      <h2 id="faq-title">{t('常见问题')}</h2>
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
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }} />
    </section>
  )
}
