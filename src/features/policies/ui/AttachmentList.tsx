import { formatFileSize } from '@/platform/media/rules/file-signature'
import { textIn, type Script } from '@/platform/site-shell/chinese-script'
import type { PolicyDocument } from '@/payload-types'

const TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'Word',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.ms-excel': 'Excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
}

const isDocument = (value: unknown): value is PolicyDocument => typeof value === 'object' && value !== null && 'url' in value

export function AttachmentList({ attachments, script }: { attachments: unknown[] | null | undefined; script: Script }) {
  const files = (attachments ?? []).filter(isDocument)
  if (files.length === 0) return null
  const t = textIn(script)
  return (
    <section aria-labelledby="attachments-title">
      <h2 id="attachments-title">{t('附件下载')}</h2>
      <ul className="attachment-list">
        {files.map((file) => (
          <li key={file.id}>
            <a href={file.url ?? '#'} download>
              {t(file.title)}
            </a>{' '}
            <span className="attachment-list__meta">
              （{TYPE_NAMES[file.mimeType ?? ''] ?? t('文件')}，{formatFileSize(file.filesize ?? 0)}）
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
