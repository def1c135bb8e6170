import { textIn, type Script } from '@/platform/site-shell/chinese-script'
import type { PolicyFilters } from '@/features/policies/server/policy-list-query'
import { POLICY_TOPICS, POLICY_VALIDITY } from '@/features/policies/rules/policy-topics'

type Props = { script: Script; filters: PolicyFilters; years: number[]; authorities: string[] }

/** A plain GET form: works without JavaScript, and the resulting address can be bookmarked. */
export function PolicyFilterForm({ script, filters, years, authorities }: Props) {
  const t = textIn(script)
  return (
    <form className="filter-form" method="get" action="/policies" role="search" aria-label={t('筛选政策文件')}>
      <div className="filter-form__field filter-form__field--wide">
        <label htmlFor="policy-q">{t('关键词或发文字号')}</label>
        <input id="policy-q" name="q" type="search" defaultValue={filters.q} maxLength={100} placeholder={t('如：生育登记、成办发〔2004〕5号')} />
      </div>
      <div className="filter-form__field">
        <label htmlFor="policy-year">{t('年份')}</label>
        <select id="policy-year" name="year" defaultValue={filters.year}>
          <option value="">{t('全部年份')}</option>
          {years.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-form__field">
        <label htmlFor="policy-topic">{t('主题分类')}</label>
        <select id="policy-topic" name="topic" defaultValue={filters.topic}>
          <option value="">{t('全部主题')}</option>
          {POLICY_TOPICS.map((topic) => (
            <option key={topic.value} value={topic.value}>
              {t(topic.label)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-form__field">
        <label htmlFor="policy-authority">{t('发文机关')}</label>
        <select id="policy-authority" name="authority" defaultValue={filters.authority}>
          <option value="">{t('全部机关')}</option>
          {authorities.map((authority) => (
            <option key={authority} value={authority}>
              {t(authority)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-form__field">
        <label htmlFor="policy-validity">{t('有效性')}</label>
        <select id="policy-validity" name="validity" defaultValue={filters.validity}>
          <option value="">{t('全部')}</option>
          {POLICY_VALIDITY.map((validity) => (
            <option key={validity.value} value={validity.value}>
              {t(validity.label)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-form__actions">
        <button type="submit" className="button">
          {t('筛选')}
        </button>
        <a href="/policies" className="filter-form__clear">
          {t('清除条件')}
        </a>
      </div>
    </form>
  )
}
