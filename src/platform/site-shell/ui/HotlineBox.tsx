import { textIn, type Script } from '@/platform/site-shell/chinese-script'
import { HotlineList, type Hotline } from './HotlineList'

export function HotlineBox({ script, hotlines }: { script: Script; hotlines: Hotline[] }) {
  const t = textIn(script)
  if (hotlines.length === 0) return null
  return (
    <aside className="hotline" aria-labelledby="hotline-title">
      <h2 id="hotline-title">{t('电话咨询')}</h2>
      <HotlineList script={script} hotlines={hotlines} />
    </aside>
  )
}
