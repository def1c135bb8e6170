import { formatFileSize } from '@/platform/media/rules/file-signature'
import { textIn, type Script } from '@/platform/site-shell/chinese-script'
import { PageSection } from '@/platform/site-shell/ui/PageSection'

export type Download = { id: number | string; title: string; href: string; size: number; type?: string }

type Props = { script: Script; headingId: string; heading: string; files: Download[] }

/** A section of files to download, each with its kind (文件 unless named) and size; heading in Simplified. */
export function DownloadList({ script, headingId, heading, files }: Props) {
  if (files.length === 0) return null
  const t = textIn(script)
  return (
    <PageSection script={script} id={headingId} heading={heading}>
      <ul className="attachment-list">
        {files.map((file) => (
          <li key={file.id}>
            <a href={file.href} download>
              {t(file.title)}
            </a>{' '}
            <span className="attachment-list__meta">
              （{file.type ?? t('文件')}，{formatFileSize(file.size)}）
            </span>
          </li>
        ))}
      </ul>
    </PageSection>
  )
}
