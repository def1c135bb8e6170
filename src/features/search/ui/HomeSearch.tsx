import type { Script } from '@/platform/site-shell/chinese-script'
import { FilterActions, FilterForm, FilterSearch } from '@/platform/site-shell/ui/FilterForm'

const HINT = { id: 'home-search-hint', text: '例如：生育登记、准生证、艾滋病检测、奖励扶助。' }

/** The search box of the home page: one field, the whole site, a plain GET to /search. */
export function HomeSearch({ script }: { script: Script }) {
  return (
    <FilterForm script={script} action="/search" label="站内搜索">
      <FilterSearch script={script} id="home-search-q" label="想找什么？" value="" maxLength={100} hint={HINT} />
      <FilterActions script={script} submit="搜索" />
    </FilterForm>
  )
}
