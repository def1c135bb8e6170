import { SEARCH_TYPES } from '@/features/search/rules'
import { textIn, type Script } from '@/platform/site-shell/chinese-script'
import { FilterActions, FilterField, FilterForm, FilterSelect } from '@/platform/site-shell/ui/FilterForm'

export function SearchForm({ script, query, type }: { script: Script; query: string; type: string }) {
  const t = textIn(script)
  return (
    <FilterForm script={script} action="/search">
      <FilterField script={script} id="search-q" label="搜索关键词" wide>
        <input id="search-q" name="q" type="search" defaultValue={query} maxLength={100} aria-describedby="search-hint" />
        <p id="search-hint" className="hint">
          {t('可输入词语或文号，如：生育登记、避孕、艾滋病检测、成办发〔2004〕5号。')}
        </p>
      </FilterField>
      <FilterSelect script={script} id="search-type" name="type" label="范围" all="全部" value={type} options={SEARCH_TYPES} />
      <FilterActions script={script} submit="搜索" />
    </FilterForm>
  )
}
