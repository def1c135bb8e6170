import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'
import { refusal } from '@/platform/errors/refusal'
import { inspectOffice, isOfficeKind } from './inspect-office'
import { inspectPdf } from './inspect-pdf'
import type { OfficeFinding } from './rules/office-findings'
import { reencodeImage } from './reencode-image'
import { detectFileKind } from './rules/file-signature'

/** The same bounds as residents' photos: a phone photo fits, a pixel bomb does not. */
const IMAGE_LIMITS = { maxPixels: 40_000_000, maxDimension: 12_000 }

export const UPLOAD_MESSAGES = {
  imageTooLarge: (width: number, height: number) => `图片尺寸过大（${width}×${height} 像素），请缩小到长、宽都不超过 ${IMAGE_LIMITS.maxDimension} 像素后再上传。`,
  unreadableImage: '无法读取这张图片，请重新导出或换一个文件后再上传。',
  brokenPdf: '该文件不是完整的 PDF，请重新导出或另存后再上传。',
  unsafePdf: '该 PDF 含有脚本、表单提交、网址链接、启动程序等动作或嵌入文件，出于安全原因不能上传。请用“打印为 PDF”另存为普通 PDF 后再上传。',
  uninspectablePdf: '该 PDF 的内容无法检查，请另存为普通 PDF 后再上传。',
  unsafeOffice: (findings: OfficeFinding[]) =>
    `该文件${findings.map((finding) => OFFICE_FINDING_TEXT[finding]).join('，并且')}，居民打开时可能运行代码或访问外部地址，出于安全原因不能上传。请另存为不含宏的 .docx 或 .xlsx，或导出为普通 PDF 后再上传。`,
  uninspectableOffice: '无法检查该文件的内容（可能已损坏，或使用了不支持的压缩方式），请用办公软件重新另存后再上传。',
}

const OFFICE_FINDING_TEXT: Record<OfficeFinding, string> = {
  macros: '含有宏（VBA 或 Basic 代码）',
  activex: '含有 ActiveX 控件',
  'embedded-program': '嵌入了可执行的对象或含宏的文件',
  'external-link': '打开时会从外部地址读取内容（如远程模板或外部工作簿链接）',
  dde: '含有自动运行的 DDE 域',
}

/**
 * Runs after checkUploadContent (which has judged the kind by the bytes): images are decoded and
 * re-encoded as residents' attachments are (reencode-image.ts: only pixels survive, no EXIF, GPS,
 * XMP or bytes appended after the image), PDFs with active content are refused in Chinese
 * (inspect-pdf.ts), and so are Office and OpenDocument files with macros, ActiveX, packaged
 * programs, DDE or links fetched on opening (inspect-office.ts). `alreadyClean` skips files a feature
 * has cleaned itself (residents' attachments, feedback's submitFeedback).
 */
export function cleanUploadContent(alreadyClean: (req: PayloadRequest) => boolean = () => false): CollectionBeforeOperationHook {
  return async ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    if (!file?.data?.length || alreadyClean(req)) return args
    const bytes = Buffer.from(file.data)
    const kind = detectFileKind(bytes, file.name)
    if (kind === 'pdf') {
      const verdict = await inspectPdf(bytes)
      if (verdict === 'malformed') throw refusal(UPLOAD_MESSAGES.brokenPdf)
      if (verdict === 'unsafe') throw refusal(UPLOAD_MESSAGES.unsafePdf)
      if (verdict === 'uninspectable') throw refusal(UPLOAD_MESSAGES.uninspectablePdf)
      return args
    }
    if (isOfficeKind(kind)) {
      const office = inspectOffice(bytes, kind)
      if (office.verdict === 'unsafe') throw refusal(UPLOAD_MESSAGES.unsafeOffice(office.findings))
      if (office.verdict === 'uninspectable') throw refusal(UPLOAD_MESSAGES.uninspectableOffice)
      return args
    }
    if (kind !== 'jpeg' && kind !== 'png' && kind !== 'webp') return args
    const image = await reencodeImage(bytes, kind, IMAGE_LIMITS)
    if (!image.ok) throw refusal(image.reason === 'too-large' ? UPLOAD_MESSAGES.imageTooLarge(image.width, image.height) : UPLOAD_MESSAGES.unreadableImage)
    file.data = image.data
    file.size = image.data.length
    return args
  }
}
