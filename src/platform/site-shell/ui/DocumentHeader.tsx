import type { ComponentProps } from 'react'
import { PublicationNotices } from '@/platform/publishing/ui/PublicationNotices'
import { textIn, type Script } from '@/platform/site-shell/chinese-script'
import type { JsonLd as JsonLdData } from '@/platform/site-shell/rules/structured-data'
import { Breadcrumbs, type Crumb } from './Breadcrumbs'
import { JsonLd } from './JsonLd'

type Props = {
  script: Script
  /** Its schema.org data, if it has any. */
  data?: JsonLdData
  trail: Crumb[]
  title: string
  doc: ComponentProps<typeof PublicationNotices>['doc']
}

/** The top of a page showing one document: its data, where it sits, its title and publication notices. */
export function DocumentHeader({ script, data, trail, title, doc }: Props) {
  return (
    <>
      {data ? <JsonLd data={data} /> : null}
      <Breadcrumbs script={script} trail={trail} />
      <h1>{textIn(script)(title)}</h1>
      <PublicationNotices doc={doc} script={script} />
    </>
  )
}
