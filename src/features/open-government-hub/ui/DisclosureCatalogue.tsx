import { textIn, type Script } from '@/platform/site-shell/chinese-script'
import { POLICY_TOPICS } from '@/features/policies/rules/policy-topics'

type Props = { script: Script; years: number[] }

/**
 * 政府信息公开目录: the notice list, which shows each notice's 索引号, 发文字号 and dates,
 * entered by 主题分类 or by year (the list's own filters, so there is one catalogue).
 */
export function DisclosureCatalogue({ script, years }: Props) {
  const t = textIn(script)
  return (
    <>
      <p>{t('公开目录列出本机关主动公开的每一件政府信息，注明索引号、发文字号、发文机关和发布日期，可按主题分类或年份查阅，也可在目录中检索。')}</p>
      <h3>{t('按主题分类')}</h3>
      <ul className="catalogue-links">
        {POLICY_TOPICS.map((topic) => (
          <li key={topic.value}>
            <a href={`/policies?topic=${topic.value}`}>{t(topic.label)}</a>
          </li>
        ))}
      </ul>
      {years.length > 0 ? (
        <>
          <h3>{t('按年份')}</h3>
          <ul className="catalogue-links">
            {years.map((year) => (
              <li key={year}>
                <a href={`/policies?year=${year}`}>{t(`${year} 年`)}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <a href="/policies">{t('查看完整的公开目录')}</a>
      </p>
    </>
  )
}
