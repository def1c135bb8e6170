import type { PayloadHandler } from 'payload'
import { importNoticeFile } from '@/features/policies/server/import-notices'
import { answerImportRequest, noticeAdminUrl, parseImportedText, readImportInput, requireContentEditor } from './importRequest'

const STATUS_CODES = { imported: 201, updated: 200, skipped: 409, failed: 422 } as const

/**
 * POST /api/policy-notices/import — imports a pasted or uploaded legacy text as a draft, on
 * behalf of the signed-in staff member (their access rules apply).
 */
export const importNotice: PayloadHandler = (req) =>
  answerImportRequest(req, async () => {
    const user = requireContentEditor(req)
    const { bytes, fileName } = await readImportInput(req)
    // Unreadable texts are a 400 with the parser's message, as in the preview.
    parseImportedText(bytes)
    const outcome = await importNoticeFile(req.payload, fileName, bytes, { user })
    const adminUrl = outcome.id !== undefined ? noticeAdminUrl(req, outcome.id) : null
    const error = outcome.status === 'skipped' || outcome.status === 'failed' ? outcome.reason : undefined
    return Response.json({ outcome, adminUrl, ...(error ? { error } : {}) }, { status: STATUS_CODES[outcome.status] })
  })
