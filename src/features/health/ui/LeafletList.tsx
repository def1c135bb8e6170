import { formatFileSize } from '@/platform/media/rules/file-signature'
import { textIn, type Script } from '@/platform/site-shell/chinese-script'
import { uploadPath } from '@/platform/media/upload-path'

type Leaflet = { id: number | string; title: string; url?: string | null; filesize?: number | null; mimeType?: string | null }

const isLeaflet = (value: unknown): value is Leaflet => typeof value === 'object' && value !== null && 'url' in value && 'title' in value

/** Leaflets to download and print, from the shared document uploads (PDF). */
export function LeafletList({ leaflets, script }: { leaflets: unknown[] | null | undefined; script: Script }) {
  const files = (leaflets ?? []).filter(isLeaflet)
  if (files.length === 0) return null
  const t = textIn(script)
  return (
    <section aria-labelledby="leaflets-title">
      <h2 id="leaflets-title">{t('宣传折页下载')}</h2>
      <ul className="attachment-list">
        {files.map((file) => (
          <li key={file.id}>
            <a href={uploadPath(file.url) ?? '#'} download>
              {t(file.title)}
            </a>{' '}
            <span className="attachment-list__meta">
              （{file.mimeType === 'application/pdf' ? 'PDF' : t('文件')}，{formatFileSize(file.filesize ?? 0)}）
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
