import { textIn, type Script } from '@/platform/site-shell/chinese-script'

export type Hotline = { label: string; number: string; id?: string | null }

export function HotlineList({ script, hotlines, label }: { script: Script; hotlines: Hotline[]; label?: string }) {
  const t = textIn(script)
  return (
    <ul className="hotline-list" aria-label={label}>
      {hotlines.map((line) => (
        <li key={line.number}>
          {t(line.label)}：
          <a className="hotline-list__number" href={`tel:${line.number.replace(/[^\d+]/g, '')}`}>
            {line.number}
          </a>
        </li>
      ))}
    </ul>
  )
}
