import { ACCESSIBILITY_STATEMENT } from '@/features/site-errors/ui/accessibility-statement'
import { fixedPageMetadata } from '@/platform/site-shell/page-metadata'
import type { PublicPageProps } from '@/platform/site-shell/page-props'
import { readerScript } from '@/platform/site-shell/reader-script'
import { PageSection } from '@/platform/site-shell/ui/PageSection'

export const generateMetadata = fixedPageMetadata({ title: '无障碍声明', description: '本网站如何测试无障碍可访问性、已知的问题和反馈方式。', path: '/accessibility' })

export default async function AccessibilityPage({ params }: PublicPageProps) {
  const { script, t } = await readerScript(params)
  const statement = ACCESSIBILITY_STATEMENT
  return (
    <div className="prose">
      <h1>{t('无障碍声明')}</h1>
      <p className="lead">{t('我们希望每一位居民，包括视力、听力、行动不便的朋友和老年人，都能方便地使用本网站。')}</p>
      <p>{t(statement.standard)}</p>
      <PageSection script={script} id="a11y-tested" heading="我们如何测试">
        <ul>
          {statement.tested.map((line) => (
            <li key={line}>{t(line)}</li>
          ))}
        </ul>
      </PageSection>
      <PageSection script={script} id="a11y-known" heading="已知的问题">
        <ul>
          {statement.known.map((line) => (
            <li key={line}>{t(line)}</li>
          ))}
        </ul>
      </PageSection>
      <PageSection script={script} id="a11y-report" heading="报告问题">
        <p>{t(statement.report)}</p>
        <p>
          <a href="/site-errors?page=%2Faccessibility">{t('报告无障碍问题')}</a>
        </p>
      </PageSection>
      <p className="hint">
        {t('本声明最近一次评估：')}
        <time dateTime={statement.reviewedOn}>{statement.reviewedOn}</time>
      </p>
    </div>
  )
}
