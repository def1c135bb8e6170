import { SEARCH_TYPES } from '@/features/search/rules'
import type { Script } from '@/platform/site-shell/chinese-script'
import { FilterActions, FilterForm, FilterSearch, FilterSelect } from '@/platform/site-shell/ui/FilterForm'

const SEARCH_HINT = { id: 'search-hint', text: '可输入词语或文号，如：生育登记、避孕、艾滋病检测、成办发〔2004〕5号。' }

export function SearchForm({ script, query, type }: { script: Script; query: string; type: string }) {
  return (
    <FilterForm script={script} action="/search">
      <FilterSearch script={script} id="search-q" label="搜索关键词" value={query} maxLength={100} hint={SEARCH_HINT} />
      <FilterSelect script={script} id="search-type" name="type" label="范围" all="全部" value={type} options={SEARCH_TYPES} />
      <FilterActions script={script} submit="搜索" />
    </FilterForm>
  )
}
