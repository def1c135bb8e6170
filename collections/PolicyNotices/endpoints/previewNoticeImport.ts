import type { PayloadHandler, PayloadRequest } from 'payload'
import { authorityOf } from '@/features/policies/server/import-notices'
import type { User } from '@/payload-types'
import { answerImportRequest, noticeAdminUrl, parseImportedText, readImportInput, requireContentEditor } from './importRequest'

export type ExistingNotice = { id: number | string; title: string; status: 'draft' | 'published'; adminUrl: string }

/** The notice that already carries this document number, as the import would find it. */
async function existingNotice(req: PayloadRequest, user: User, documentNumber: string | undefined): Promise<ExistingNotice | null> {
  if (!documentNumber) return null
  const found = await req.payload.find({
    collection: 'policy-notices',
    where: { documentNumber: { equals: documentNumber } },
    limit: 1,
    depth: 0,
    draft: true,
    pagination: false,
    select: { title: true, _status: true },
    overrideAccess: false,
    user,
  })
  const doc = found.docs[0]
  if (!doc) return null
  return { id: doc.id, title: doc.title, status: doc._status === 'published' ? 'published' : 'draft', adminUrl: noticeAdminUrl(req, doc.id) }
}

/**
 * POST /api/policy-notices/import/preview — parses a pasted or uploaded legacy text and
 * reports what an import would create, without saving anything.
 */
export const previewNoticeImport: PayloadHandler = (req) =>
  answerImportRequest(req, async () => {
    const user = requireContentEditor(req)
    const { bytes, fileName } = await readImportInput(req)
    const parsed = parseImportedText(bytes)
    const existing = await existingNotice(req, user, parsed.documentNumber)
    return Response.json({
      fileName,
      title: parsed.title,
      documentNumber: parsed.documentNumber ?? null,
      addressees: parsed.addressees ?? null,
      dateWritten: parsed.dateWritten ?? null,
      issuingAuthority: authorityOf(parsed),
      attachments: parsed.attachments,
      references: parsed.references,
      warnings: parsed.warnings,
      blocks: parsed.blocks,
      wasTraditional: parsed.wasTraditional,
      existing,
      // What 创建草稿 would do: a published notice is never overwritten by an import.
      action: !existing ? 'create' : existing.status === 'published' ? 'skip' : 'update',
    })
  })
