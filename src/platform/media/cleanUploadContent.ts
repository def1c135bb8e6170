import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'
import { refusal } from '@/platform/errors/refusal'
import { inspectPdf } from './inspect-pdf'
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
}

/**
 * Runs after checkUploadContent (which has judged the kind by the bytes): images are decoded and
 * re-encoded as residents' attachments are (reencode-image.ts: only pixels survive, no EXIF, GPS,
 * XMP or bytes appended after the image), PDFs with active content are refused in Chinese
 * (inspect-pdf.ts). Other document kinds pass as they are. `alreadyClean` skips files a feature
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
    if (kind !== 'jpeg' && kind !== 'png' && kind !== 'webp') return args
    const image = await reencodeImage(bytes, kind, IMAGE_LIMITS)
    if (!image.ok) throw refusal(image.reason === 'too-large' ? UPLOAD_MESSAGES.imageTooLarge(image.width, image.height) : UPLOAD_MESSAGES.unreadableImage)
    file.data = image.data
    file.size = image.data.length
    return args
  }
}
