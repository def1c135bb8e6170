import type { ReactNode } from 'react'

type Props = { title: string; lead: string; children?: ReactNode; links?: { href: string; label: string }[] }

/**
 * The frame of the site's error messages: what happened, then the way home, any other `links`
 * and the national health hotline. Simplified only, as they may show outside the site layout.
 */
export function ErrorMessage({ title, lead, children, links = [] }: Props) {
  return (
    <article className="prose">
      <h1>{title}</h1>
      <p className="lead">{lead}</p>
      {children}
      <ul>
        <li>
          <a href="/">返回首页</a>
        </li>
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href}>{link.label}</a>
          </li>
        ))}
        <li>
          如需帮助，请拨打全国卫生健康热线 <a href="tel:12320">12320</a>。
        </li>
      </ul>
    </article>
  )
}
