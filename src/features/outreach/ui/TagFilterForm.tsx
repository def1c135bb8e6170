import { CONTENT_TAGS } from '@/platform/content/rules/content-tags'
import { textIn, type Script } from '@/platform/site-shell/chinese-script'
import { FilterActions, FilterForm, FilterSelect } from '@/platform/site-shell/ui/FilterForm'

export function TagFilterForm({ script, tag }: { script: Script; tag?: string }) {
  return (
    <FilterForm script={script} action="/outreach" label="按主题筛选">
      <FilterSelect script={script} id="outreach-tag" name="tag" label="主题" all="全部主题" value={tag ?? ''} options={CONTENT_TAGS} />
      <FilterActions script={script} submit="筛选">
        {tag ? <a href="/outreach">{textIn(script)('显示全部')}</a> : null}
      </FilterActions>
    </FilterForm>
  )
}
