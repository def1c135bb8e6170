import type { Script } from '@/platform/site-shell/chinese-script'
import { DownloadList } from '@/platform/site-shell/ui/lists/DownloadList'
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
  const files = (attachments ?? []).filter(isDocument).map((file) => ({
    id: file.id,
    title: file.title,
    href: file.url ?? '#',
    size: file.filesize ?? 0,
    type: TYPE_NAMES[file.mimeType ?? ''],
  }))
  return <DownloadList script={script} headingId="attachments-title" heading="附件下载" files={files} />
}
