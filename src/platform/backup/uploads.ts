import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { UploadEntry } from './rules/backup-manifest'

/** The folder every upload collection keeps its files under (media, documents, feedback). */
export function uploadsRoot(dir = process.env.UPLOADS_DIR || 'data/uploads') {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), dir)
}

export async function sha256OfFile(file: string): Promise<string> {
  const hash = crypto.createHash('sha256')
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** Every file under root, with its relative path, size and SHA-256; [] when root is missing. */
export async function listUploads(root: string): Promise<UploadEntry[]> {
  if (!fs.existsSync(root)) return []
  const entries: UploadEntry[] = []
  for (const relative of fs.readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    const full = path.join(root, relative)
    const stat = fs.lstatSync(full)
    if (!stat.isFile()) continue
    entries.push({ path: relative.split(path.sep).join('/'), size: stat.size, sha256: await sha256OfFile(full) })
  }
  return entries.sort((a, b) => a.path.localeCompare(b.path))
}

/** Copies the listed files from one root to another, creating folders as needed. */
export function copyUploads(entries: UploadEntry[], fromRoot: string, toRoot: string) {
  for (const entry of entries) {
    const target = path.join(toRoot, ...entry.path.split('/'))
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.copyFileSync(path.join(fromRoot, ...entry.path.split('/')), target)
  }
}

export function isFolderEmpty(folder: string) {
  return !fs.existsSync(folder) || fs.readdirSync(folder).length === 0
}
