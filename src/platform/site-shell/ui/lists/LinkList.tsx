import { textIn, type Script } from '@/platform/site-shell/chinese-script'

export type ListedLink = { href: string; label: string }

type Props = { script: Script; links: ListedLink[]; className: string; linkClassName: string; label?: string }

/** A list of links styled by its classes (the main navigation, task lists); texts in Simplified. */
export function LinkList({ script, links, className, linkClassName, label }: Props) {
  const t = textIn(script)
  return (
    <ul className={className} aria-label={label ? t(label) : undefined}>
      {links.map((link) => (
        <li key={link.href}>
          <a className={linkClassName} href={link.href}>
            {t(link.label)}
          </a>
        </li>
      ))}
    </ul>
  )
}
