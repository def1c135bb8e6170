/**
 * What a file really is, judged by its first bytes rather than by its name or the type the
 * browser claims: a renamed .exe must never pass as a PDF.
 */
export type DocumentKind = 'pdf' | 'doc' | 'xls' | 'docx' | 'xlsx' | 'pptx' | 'odt' | 'ods' | 'jpeg' | 'png' | 'webp'

const ascii = (bytes: Uint8Array, start: number, length: number) =>
  String.fromCharCode(...bytes.subarray(start, start + length))

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((value, i) => bytes[i] === value)

function zipKind(bytes: Uint8Array, extension: string): DocumentKind | undefined {
  // Office Open XML and OpenDocument files are zip archives; the names of their first entries say which.
  const head = ascii(bytes, 0, Math.min(bytes.length, 4096))
  if (head.includes('mimetypeapplication/vnd.oasis.opendocument.text')) return 'odt'
  if (head.includes('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')) return 'ods'
  const looksOffice = head.includes('[Content_Types].xml') || /(^|\W)(word|xl|ppt|docProps|_rels)\//.test(head)
  if (!looksOffice) return undefined
  if (head.includes('word/') || extension === 'docx') return 'docx'
  if (head.includes('xl/') || extension === 'xlsx') return 'xlsx'
  if (head.includes('ppt/') || extension === 'pptx') return 'pptx'
  return undefined
}

export function detectFileKind(bytes: Uint8Array, fileName = ''): DocumentKind | undefined {
  const extension = fileName.toLowerCase().split('.').pop() ?? ''
  if (ascii(bytes, 0, 5) === '%PDF-') return 'pdf'
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg'
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png'
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'webp'
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // Legacy OLE compound file: Word and Excel share the container, so the extension decides.
    if (extension === 'xls') return 'xls'
    if (extension === 'doc') return 'doc'
    return undefined
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return zipKind(bytes, extension)
  return undefined
}

const EXTENSIONS: Record<DocumentKind, string[]> = {
  pdf: ['pdf'],
  doc: ['doc'],
  xls: ['xls'],
  docx: ['docx'],
  xlsx: ['xlsx'],
  pptx: ['pptx'],
  odt: ['odt'],
  ods: ['ods'],
  jpeg: ['jpg', 'jpeg'],
  png: ['png'],
  webp: ['webp'],
}

export type FileCheck = { ok: true; kind: DocumentKind } | { ok: false; message: string }

/** Accepts a file only when its content is one of the allowed kinds and its name agrees. */
export function checkUploadedFile(bytes: Uint8Array, fileName: string, allowed: DocumentKind[]): FileCheck {
  const kind = detectFileKind(bytes, fileName)
  const names = allowed.flatMap((k) => EXTENSIONS[k]).join('、')
  if (!kind || !allowed.includes(kind)) {
    return { ok: false, message: `文件内容不是允许的类型（${names}），请检查后重新上传。` }
  }
  const extension = fileName.toLowerCase().split('.').pop() ?? ''
  if (!EXTENSIONS[kind].includes(extension)) {
    return { ok: false, message: `文件名的扩展名与文件内容不符（内容是 ${kind.toUpperCase()}），请改正文件名后重新上传。` }
  }
  return { ok: true, kind }
}

export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
