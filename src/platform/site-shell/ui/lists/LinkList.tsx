import { textIn, type Script } from '@/platform/site-shell/chinese-script'

export type ListedLink = { href: string; label: string }

type Props = {
  script: Script
  links: ListedLink[]
  className: string
  linkClassName: string
  label?: string
  /** The address being read: its link is marked as the current page, or the current section. */
  currentPath?: string
}

function currentness(href: string, path: string | undefined): 'page' | 'true' | undefined {
  if (!path || !href.startsWith('/')) return undefined
  if (href === path) return 'page'
  return href !== '/' && path.startsWith(`${href}/`) ? 'true' : undefined
}

/** A list of links styled by its classes (the main navigation, task lists); texts in Simplified. */
export function LinkList({ script, links, className, linkClassName, label, currentPath }: Props) {
  const t = textIn(script)
  return (
    <ul className={className} aria-label={label ? t(label) : undefined}>
      {links.map((link) => (
        <li key={link.href}>
          <a className={linkClassName} href={link.href} aria-current={currentness(link.href, currentPath)}>
            {t(link.label)}
          </a>
        </li>
      ))}
    </ul>
  )
}
