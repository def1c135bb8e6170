import { textIn, type Script } from '@/platform/site-shell/chinese-script'

/** "您是不是要找：生育登记" — each suggestion a link to its own search. */
export function DidYouMean({ script, suggestions }: { script: Script; suggestions: string[] }) {
  const t = textIn(script)
  if (suggestions.length === 0) return null
  return (
    <p className="did-you-mean">
      {t('您是不是要找：')}
      {suggestions.map((term, index) => (
        <span key={term}>
          {index > 0 ? '、' : null}
          <a href={`/search?q=${encodeURIComponent(term)}`}>{t(term)}</a>
        </span>
      ))}
    </p>
  )
}
