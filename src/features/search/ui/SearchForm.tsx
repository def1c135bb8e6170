import { SEARCH_TYPES } from '@/features/search/rules'
import { textIn, type Script } from '@/platform/site-shell/chinese-script'

/** A plain GET form: works without JavaScript, and the address can be bookmarked or shared. */
export function SearchForm({ script, query, type }: { script: Script; query: string; type: string }) {
  const t = textIn(script)
  return (
    <form method="get" action="/search" role="search" className="filter-form">
      <div className="filter-form__field filter-form__field--wide">
        <label htmlFor="search-q">{t('搜索关键词')}</label>
        <input id="search-q" name="q" type="search" defaultValue={query} maxLength={100} aria-describedby="search-hint" />
        <p id="search-hint" className="hint">
          {t('可输入词语或文号，如：生育登记、避孕、艾滋病检测、成办发〔2004〕5号。')}
        </p>
      </div>
      <div className="filter-form__field">
        <label htmlFor="search-type">{t('范围')}</label>
        <select id="search-type" name="type" defaultValue={type}>
          <option value="">{t('全部')}</option>
          {SEARCH_TYPES.map((option) => (
            <option key={option.value} value={option.value}>
              {t(option.label)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-form__actions">
        <button type="submit" className="button">
          {t('搜索')}
        </button>
      </div>
    </form>
  )
}
