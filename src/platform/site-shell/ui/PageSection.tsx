import type { ReactNode } from 'react'
import { textIn, type Script } from '@/platform/site-shell/chinese-script'

type Props = { script: Script; id: string; heading: string; className?: string; children?: ReactNode }

/** A section named by its h2 (`id`), so it is a landmark with a name; heading in Simplified. */
export function PageSection({ script, id, heading, className, children }: Props) {
  return (
    <section className={className} aria-labelledby={id}>
      <h2 id={id}>{textIn(script)(heading)}</h2>
      {children}
    </section>
  )
}
