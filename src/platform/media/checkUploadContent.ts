import type { CollectionBeforeOperationHook } from 'payload'
import { checkUploadedFile, formatFileSize, type DocumentKind } from './rules/file-signature'
import { refusal } from '@/platform/errors/refusal'

/** Refuses an upload whose bytes are not an allowed kind, or that is too large, before it is stored. */
export function checkUploadContent(allowed: DocumentKind[], maxBytes: number): CollectionBeforeOperationHook {
  return ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    if (!file) return args
    if (file.size > maxBytes) {
      throw refusal(`文件太大（${formatFileSize(file.size)}），上限是 ${formatFileSize(maxBytes)}。`, 413)
    }
    const check = checkUploadedFile(file.data, file.name, allowed)
    if (!check.ok) throw refusal(check.message)
    return args
  }
}
