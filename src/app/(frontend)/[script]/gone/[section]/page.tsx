import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { readerScript } from '@/platform/site-shell/reader-script'
import type { PublicPageProps } from '@/platform/site-shell/page-props'
import { GONE_SECTIONS } from '@/platform/publishing/withdrawal/gone-sections'
import { retiredNotice } from '@/platform/publishing/withdrawal/retired-notice'

type Props = PublicPageProps<{ section: string }>

// The body of the 410 answer for a retired address: the proxy serves this page's HTML with
// status 410 at the old address (a page cannot set its own status), so readers keep the site's
// header, navigation and footer.

export const metadata: Metadata = { title: '内容已下线', robots: { index: false, follow: true } }

export default async function GonePage({ params, searchParams }: Props) {
  const { t, section } = await readerScript(params)
  if (!Object.hasOwn(GONE_SECTIONS, section)) notFound()
  const target = GONE_SECTIONS[section]
  const notice = await retiredNotice((await searchParams).from)
  return (
    <article className="prose">
      <h1>{t('内容已下线')}</h1>
      <p className="lead">{t('您要访问的内容已经停止发布，不再提供。给您带来不便，敬请谅解。')}</p>
      {notice?.reason ? (
        <p>
          <strong>{t('下线原因：')}</strong>
          {t(notice.reason)}
          {notice.retiredAt ? t(`（${notice.retiredAt} 起停止发布）`) : null}
        </p>
      ) : null}
      <ul>
        {section !== 'site' ? (
          <li>
            <a href={target.list}>{t(`浏览${target.label}栏目的其他内容`)}</a>
          </li>
        ) : null}
        <li>
          <a href="/search">{t('在本站搜索相关内容')}</a>
        </li>
        <li>
          <a href="/">{t('返回首页')}</a>
        </li>
        <li>
          {t('如需帮助，请拨打全国卫生健康热线')} <a href="tel:12320">12320</a>
          {t('，或通过')}
          <a href="/feedback">{t('互动交流')}</a>
          {t('向我们咨询。')}
        </li>
      </ul>
    </article>
  )
}
