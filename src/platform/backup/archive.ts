import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** One .tar.gz of a staging folder's contents (system tar: streams, handles any size). */
export async function packFolder(folder: string, archive: string) {
  await run('tar', ['-czf', archive, '-C', folder, '.'])
}

export async function unpackArchive(archive: string, folder: string) {
  await run('tar', ['-xzf', archive, '-C', folder, '--no-same-owner'])
}
