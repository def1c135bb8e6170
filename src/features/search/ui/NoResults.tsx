import { HotlineBox } from '@/platform/site-shell/ui/HotlineBox'
import { PageSection } from '@/platform/site-shell/ui/PageSection'
import { textIn, type Script } from '@/platform/site-shell/chinese-script'
import type { Hotline } from '@/platform/site-shell/ui/HotlineList'

/** Searches residents often make, offered when nothing matched. */
export const POPULAR_SEARCHES = ['生育登记', '避孕', '孕前检查', '艾滋病检测', '流动人口', '奖励扶助']

export function NoResults({ script, query, hotlines }: { script: Script; query: string; hotlines: Hotline[] }) {
  const t = textIn(script)
  return (
    <PageSection script={script} id="no-results-title" heading={query ? '没有找到相关内容' : '请输入要查找的内容'} className="panel">
      {query ? (
        <ul>
          <li>{t('请检查是否有错别字，或换一个更短、更常用的词，如“登记”“检测”。')}</li>
          <li>{t('查找文件时，可以只输入年份和序号，如“2004 5号”。')}</li>
          <li>{t('也可以在“政策文件”“服务网点”等栏目中按条件筛选。')}</li>
        </ul>
      ) : null}
      <h3>{t('大家常搜')}</h3>
      <ul className="tag-list">
        {POPULAR_SEARCHES.map((term) => (
          <li key={term}>
            <a href={`/search?q=${encodeURIComponent(term)}`}>{t(term)}</a>
          </li>
        ))}
      </ul>
      <p>{t('找不到需要的信息？欢迎来电咨询，或在“互动交流”留言。')}</p>
      <HotlineBox script={script} hotlines={hotlines} />
    </PageSection>
  )
}
