import { allGuides } from '@/features/guides/server/guide-queries'
import { sectionPageMetadata } from '@/platform/site-shell/page-metadata'
import { readerScript } from '@/platform/site-shell/reader-script'
import type { PublicPageProps } from '@/platform/site-shell/page-props'
import '@/features/guides/ui/guides.css'

export const generateMetadata = sectionPageMetadata('guides', {
  description: '生育登记、再生育登记、育儿补贴、计划生育特别扶助、流动人口服务和免费孕前优生健康检查：条件、材料、流程、时限、地点和网上办理。',
})

export default async function GuidesPage({ params }: PublicPageProps) {
  const { t } = await readerScript(params)
  const guides = await allGuides()
  return (
    <>
      <h1>{t('办事指南')}</h1>
      <p className="lead">{t('每项服务要带什么材料、到哪里办、多久办好、能不能网上办。流动人口与户籍人口同等办理。')}</p>
      {guides.length > 0 ? (
        <ul className="guide-list">
          {guides.map((guide) => (
            <li key={guide.id}>
              <h2 className="guide-list__title">
                <a href={`/guides/${guide.slug}`}>{t(guide.title)}</a>
                {guide.example ? <span className="tag">{t('示例')}</span> : null}
              </h2>
              <p>{t(guide.summary)}</p>
              <p className="hint">
                {t(`办理时限：${guide.timeLimit}`)}
                {guide.online?.url ? t('　可网上办理') : ''}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="notice">{t('办事指南正在整理中。需要办理时，请拨打 12320 或到就近的服务网点咨询。')}</p>
      )}
    </>
  )
}
