import type { Script } from '@/platform/site-shell/chinese-script'
import { ClearFilters, FilterActions, FilterFold, FilterForm, FilterSearch, FilterSelect } from '@/platform/site-shell/ui/FilterForm'
import type { PolicyFilters } from '@/features/policies/server/policy-list-query'
import { POLICY_TOPICS, POLICY_VALIDITY } from '@/features/policies/rules/policy-topics'

type Props = { script: Script; filters: PolicyFilters; years: number[]; authorities: string[] }

const asOptions = (values: (string | number)[]) => values.map((value) => ({ value: String(value), label: String(value) }))

/** What the reader chose, in words, for the folded form's summary. */
function chosen(filters: PolicyFilters): string[] {
  return [
    filters.q ? `“${filters.q}”` : '',
    filters.year ? `${filters.year}年` : '',
    POLICY_TOPICS.find((topic) => topic.value === filters.topic)?.label ?? '',
    filters.authority,
    POLICY_VALIDITY.find((validity) => validity.value === filters.validity)?.label ?? '',
  ].filter(Boolean)
}

export function PolicyFilterForm({ script, filters, years, authorities }: Props) {
  const picked = chosen(filters)
  return (
    <FilterFold script={script} label="按关键词、年份、主题筛选" open={picked.length > 0} chosen={picked}>
      <FilterForm script={script} action="/policies" label="筛选政策文件">
        <FilterSearch script={script} id="policy-q" label="关键词或发文字号" value={filters.q} maxLength={100} placeholder="如：生育登记、成办发〔2004〕5号" />
        <FilterSelect script={script} id="policy-year" name="year" label="年份" all="全部年份" value={filters.year} options={asOptions(years)} />
        <FilterSelect script={script} id="policy-topic" name="topic" label="主题分类" all="全部主题" value={filters.topic} options={POLICY_TOPICS} />
        <FilterSelect script={script} id="policy-authority" name="authority" label="发文机关" all="全部机关" value={filters.authority} options={asOptions(authorities)} />
        <FilterSelect script={script} id="policy-validity" name="validity" label="有效性" all="全部" value={filters.validity} options={POLICY_VALIDITY} />
        <FilterActions script={script} submit="筛选">
          <ClearFilters script={script} href="/policies" />
        </FilterActions>
      </FilterForm>
    </FilterFold>
  )
}
