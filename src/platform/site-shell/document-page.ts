import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { pageReader } from '@/platform/publishing/preview/reader'
import type { PageReader } from '@/platform/publishing/preview/visitor'
import { pageMetadata, type PageMetadataInput } from './page-metadata'
import { readerScript } from './reader-script'

type Params<K extends string> = Promise<{ script: string } & Record<K, string>>

/**
 * A page that shows one document found by a route segment (`slug`, or a station's `key`), read as
 * the page reader: a visitor, or signed-in staff in preview. `metadata` is its generateMetadata
 * (none where nothing is published); `open` is the page's opening: the reader's script, its text
 * function and the document, or the 404 page.
 */
export function documentPage<K extends string, Doc>(
  segment: K,
  load: (key: string, reader: PageReader) => Promise<Doc | null | undefined>,
  describe: (doc: Doc) => Omit<PageMetadataInput, 'script'>,
) {
  return {
    metadata: async ({ params }: { params: Params<K> }): Promise<Metadata> => {
      const route = await params
      const doc = await load(route[segment], await pageReader())
      return doc ? pageMetadata({ ...describe(doc), script: route.script }) : {}
    },
    open: async (params: Params<K>) => {
      const { script, t } = await readerScript(params)
      const doc = await load((await params)[segment], await pageReader())
      if (!doc) notFound()
      return { script, t, doc }
    },
  }
}
