import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { checkUploadedFile, formatFileSize, type DocumentKind } from '../domain/file-signature'

/** Refuses an upload whose bytes are not an allowed kind, or that is too large, before it is stored. */
export function checkUploadContent(allowed: DocumentKind[], maxBytes: number): CollectionBeforeOperationHook {
  return ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    if (!file) return args
    if (file.size > maxBytes) {
      throw new APIError(`文件太大（${formatFileSize(file.size)}），上限是 ${formatFileSize(maxBytes)}。`, 413, undefined, true)
    }
    const check = checkUploadedFile(file.data, file.name, allowed)
    if (!check.ok) throw new APIError(check.message, 400, undefined, true)
    return args
  }
}
