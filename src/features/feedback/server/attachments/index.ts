import { checkUploadedFile, detectFileKind, type DocumentKind } from '@/platform/media/rules/file-signature'
import { reencodeImage } from '@/platform/media/reencode-image'
import { inspectPdf } from '@/platform/media/inspect-pdf'

/**
 * Attachments residents may add to a complaint or consultation: a few photos or one PDF.
 * Everything here is judged by content, never by the name or type the browser reports.
 */
export const FEEDBACK_ATTACHMENT_LIMITS = {
  maxFiles: 3,
  maxBytesPerFile: 5 * 1024 * 1024,
  maxTotalBytes: 12 * 1024 * 1024,
  maxPixels: 40_000_000,
  maxDimension: 12_000,
} as const

export type CleanAttachment = {
  /** Our own name, `附件-1.jpg` and so on; the resident's file name is never kept. */
  name: string
  data: Buffer
  mimetype: 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf'
  size: number
}

export type AttachmentResult = { ok: true; file: CleanAttachment } | { ok: false; message: string }

export type UploadedAttachment = { name: string; data: Uint8Array }

type AllowedKind = 'jpeg' | 'png' | 'webp' | 'pdf'

const ALLOWED_KINDS: DocumentKind[] = ['jpeg', 'png', 'webp', 'pdf']

const OUTPUT: Record<AllowedKind, { extension: string; mimetype: CleanAttachment['mimetype'] }> = {
  jpeg: { extension: 'jpg', mimetype: 'image/jpeg' },
  png: { extension: 'png', mimetype: 'image/png' },
  webp: { extension: 'webp', mimetype: 'image/webp' },
  pdf: { extension: 'pdf', mimetype: 'application/pdf' },
}

const MB = 1024 * 1024
const MAX_NAME_LENGTH = 40
const limits = FEEDBACK_ATTACHMENT_LIMITS

/** Rounded up, so a file just over the limit never reads as "5 MB". */
const megabytes = (bytes: number) => String(Math.ceil((bytes / MB) * 10) / 10)

/**
 * The resident's file name as it may be shown back in a message: without folders, control and
 * bidirectional-override characters, and at most 40 characters.
 */
export function displayName(name: unknown): string {
  const raw = typeof name === 'string' ? name : ''
  const base = raw.split(/[\\/]/).pop() ?? ''
  const cleaned = base
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
  const characters = Array.from(cleaned)
  if (characters.length === 0) return '未命名文件'
  if (characters.length <= MAX_NAME_LENGTH) return cleaned
  return `${characters.slice(0, MAX_NAME_LENGTH - 1).join('')}…`
}

const messages = {
  tooMany: () => `最多只能上传 ${limits.maxFiles} 个附件`,
  tooBig: (name: string, bytes: number) =>
    `附件“${name}”太大（${megabytes(bytes)} MB），每个附件不能超过 ${limits.maxBytesPerFile / MB} MB`,
  totalTooBig: (bytes: number) =>
    `附件总大小（${megabytes(bytes)} MB）超过 ${limits.maxTotalBytes / MB} MB，请删减或压缩附件后再上传`,
  empty: (name: string) => `附件“${name}”是空文件，请重新选择`,
  unrecognized: (name: string) => `附件“${name}”无法识别为图片或 PDF，请换一个文件`,
  imageTooLarge: (name: string, width: number, height: number) =>
    `附件“${name}”的图片尺寸过大（${width}×${height} 像素），请缩小到长、宽都不超过 ${limits.maxDimension} 像素后再上传`,
  brokenPdf: (name: string) => `附件“${name}”不是完整的 PDF 文件，请重新导出或另存后再上传`,
  unsafePdf: (name: string) => `附件“${name}”包含不安全的内容，请另存为普通 PDF 后再上传`,
  uninspectablePdf: (name: string) => `附件“${name}”的内容无法检查，请另存为普通 PDF 后再上传`,
  processedTooBig: (name: string) =>
    `附件“${name}”处理后超过 ${limits.maxBytesPerFile / MB} MB，请压缩后再上传`,
  processedTotalTooBig: () =>
    `附件处理后总大小超过 ${limits.maxTotalBytes / MB} MB，请删减或压缩附件后再上传`,
  invalid: () => '附件数据无效，请重新选择文件',
}

const byteLength = (data: unknown) => (data instanceof Uint8Array ? data.byteLength : 0)

/** What a browser sends for a file field left empty: no bytes and no name. */
function isEmptyEntry(entry: unknown): boolean {
  if (entry == null || typeof entry !== 'object') return true
  const { name, data } = entry as Partial<UploadedAttachment>
  return byteLength(data) === 0 && (typeof name !== 'string' || name.trim() === '')
}

/**
 * Checks one attachment and returns a clean copy: images decoded and re-encoded without any
 * metadata, PDFs kept byte for byte once found complete and free of active content.
 * `index` (0-based) only numbers the stored name. Never throws.
 */
export async function sanitizeFeedbackAttachment(input: UploadedAttachment, index: number): Promise<AttachmentResult> {
  const name = displayName((input as Partial<UploadedAttachment> | undefined)?.name)
  try {
    const data: unknown = input?.data
    if (!(data instanceof Uint8Array)) return { ok: false, message: messages.unrecognized(name) }
    if (data.byteLength === 0) return { ok: false, message: messages.empty(name) }
    if (data.byteLength > limits.maxBytesPerFile) return { ok: false, message: messages.tooBig(name, data.byteLength) }

    // A private copy: the caller's buffer may be reused or changed while we work.
    const bytes = Buffer.from(data)
    const fileName = typeof input.name === 'string' ? input.name : ''
    const check = checkUploadedFile(bytes, fileName, ALLOWED_KINDS)
    // An extension that disagrees with the content does not matter: the stored name and type
    // come from the content alone.
    const kind = check.ok ? check.kind : detectFileKind(bytes, fileName)
    if (!kind || !ALLOWED_KINDS.includes(kind)) return { ok: false, message: messages.unrecognized(name) }

    let clean: Buffer
    if (kind === 'pdf') {
      const verdict = await inspectPdf(bytes)
      if (verdict === 'malformed') return { ok: false, message: messages.brokenPdf(name) }
      if (verdict === 'unsafe') return { ok: false, message: messages.unsafePdf(name) }
      if (verdict === 'uninspectable') return { ok: false, message: messages.uninspectablePdf(name) }
      clean = bytes
    } else {
      const image = await reencodeImage(bytes, kind as 'jpeg' | 'png' | 'webp', limits)
      if (!image.ok && image.reason === 'too-large') {
        return { ok: false, message: messages.imageTooLarge(name, image.width, image.height) }
      }
      if (!image.ok) return { ok: false, message: messages.unrecognized(name) }
      clean = image.data
    }
    if (clean.length > limits.maxBytesPerFile) return { ok: false, message: messages.processedTooBig(name) }

    const { extension, mimetype } = OUTPUT[kind as AllowedKind]
    const number = Number.isSafeInteger(index) && index >= 0 ? index + 1 : 1
    return { ok: true, file: { name: `附件-${number}.${extension}`, data: clean, mimetype, size: clean.length } }
  } catch {
    return { ok: false, message: messages.unrecognized(name) }
  }
}

/**
 * Checks the attachments of one submission: skips empty file fields, enforces the count and size
 * limits before decoding anything, then cleans the files one after another (to bound memory) and
 * stops at the first one that is refused. Never throws.
 */
export async function sanitizeFeedbackAttachments(
  files: UploadedAttachment[],
): Promise<{ ok: true; files: CleanAttachment[] } | { ok: false; message: string }> {
  try {
    if (!Array.isArray(files)) return { ok: false, message: messages.invalid() }
    const real = files.filter((entry) => !isEmptyEntry(entry))
    if (real.length > limits.maxFiles) return { ok: false, message: messages.tooMany() }

    let total = 0
    for (const entry of real) {
      const size = byteLength(entry.data)
      if (size > limits.maxBytesPerFile) return { ok: false, message: messages.tooBig(displayName(entry.name), size) }
      total += size
    }
    if (total > limits.maxTotalBytes) return { ok: false, message: messages.totalTooBig(total) }

    const clean: CleanAttachment[] = []
    for (const [index, entry] of real.entries()) {
      const result = await sanitizeFeedbackAttachment(entry, index)
      if (!result.ok) return result
      clean.push(result.file)
    }
    if (clean.reduce((sum, file) => sum + file.size, 0) > limits.maxTotalBytes) {
      return { ok: false, message: messages.processedTotalTooBig() }
    }
    return { ok: true, files: clean }
  } catch {
    return { ok: false, message: messages.invalid() }
  }
}
