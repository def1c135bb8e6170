import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { orphanFiles, type StoredFile } from '@/features/feedback/rules/intake/orphan-files'

function storedFiles(folder: string): StoredFile[] {
  if (!fs.existsSync(folder)) return []
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => ({ name: entry.name, modifiedAtMs: fs.statSync(path.join(folder, entry.name)).mtimeMs }))
}

/** Deletes the attachment files no row names (src/features/feedback/rules/intake/orphan-files.ts); returns how many. */
export async function deleteOrphanAttachmentFiles(payload: Payload, now = new Date()): Promise<number> {
  const upload = payload.collections['feedback-attachments'].config.upload
  const folder = typeof upload === 'object' && upload.staticDir ? upload.staticDir : null
  if (!folder) return 0
  // Listed before the rows are read: a file whose row commits in between is then still referenced.
  const files = storedFiles(folder)
  const rows = await payload.find({ collection: 'feedback-attachments', pagination: false, depth: 0, overrideAccess: true, select: { filename: true } })
  const referenced = new Set(rows.docs.map((row) => row.filename).filter((name): name is string => Boolean(name)))
  const orphans = orphanFiles(files, referenced, now.getTime())
  for (const name of orphans) fs.rmSync(path.join(folder, name), { force: true })
  if (orphans.length) payload.logger.info(`deleted ${orphans.length} attachment file(s) that no message refers to`)
  return orphans.length
}
