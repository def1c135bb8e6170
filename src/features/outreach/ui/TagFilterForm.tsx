import { CONTENT_TAGS } from '@/platform/content/rules/content-tags'
import { textIn, type Script } from '@/platform/site-shell/chinese-script'

/** A plain GET form: works without JavaScript and the filtered address can be bookmarked. */
export function TagFilterForm({ script, tag }: { script: Script; tag?: string }) {
  const t = textIn(script)
  return (
    <form className="filter-form" method="get" action="/outreach" role="search" aria-label={t('按主题筛选')}>
      <div className="filter-form__field">
        <label htmlFor="outreach-tag">{t('主题')}</label>
        <select id="outreach-tag" name="tag" defaultValue={tag ?? ''}>
          <option value="">{t('全部主题')}</option>
          {CONTENT_TAGS.map((option) => (
            <option key={option.value} value={option.value}>
              {t(option.label)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-form__actions">
        <button className="button" type="submit">
          {t('筛选')}
        </button>
        {tag ? <a href="/outreach">{t('显示全部')}</a> : null}
      </div>
    </form>
  )
}
