import { uploadPath } from '@/platform/media/upload-path'
import type { Script } from '@/platform/site-shell/chinese-script'
import { DownloadList } from '@/platform/site-shell/ui/lists/DownloadList'

type Leaflet = { id: number | string; title: string; url?: string | null; filesize?: number | null; mimeType?: string | null }

const isLeaflet = (value: unknown): value is Leaflet => typeof value === 'object' && value !== null && 'url' in value && 'title' in value

/** Leaflets to download and print, from the shared document uploads (PDF). */
export function LeafletList({ leaflets, script }: { leaflets: unknown[] | null | undefined; script: Script }) {
  const files = (leaflets ?? []).filter(isLeaflet).map((file) => ({
    id: file.id,
    title: file.title,
    href: uploadPath(file.url) ?? '#',
    size: file.filesize ?? 0,
    type: file.mimeType === 'application/pdf' ? 'PDF' : undefined,
  }))
  return <DownloadList script={script} headingId="leaflets-title" heading="宣传折页下载" files={files} />
}
