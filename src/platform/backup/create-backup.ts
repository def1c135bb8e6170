import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildManifest, type BackupManifest } from './rules/backup-manifest'
import { databaseKind } from '@/platform/database/database-adapter'
import { packFolder } from './archive'
import { dumpPostgresDatabase, postgresVersions } from './postgres'
import { copySqliteDatabase, countSqliteRows } from './sqlite'
import { copyUploads, listUploads } from './uploads'

export type BackupOptions = { databaseUri: string; uploadsDir: string; archive: string; now?: Date }

/**
 * Database first (one consistent snapshot), then the upload files with their checksums, then the
 * manifest; packed into one .tar.gz. Files written after the snapshot may be in the archive
 * without a row pointing at them; never the other way round for files that were not deleted.
 */
export async function createBackup({ databaseUri, uploadsDir, archive, now = new Date() }: BackupOptions): Promise<BackupManifest> {
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'site-backup-'))
  try {
    const kind = databaseKind(databaseUri)
    let tables: Record<string, number>
    let databaseFile: string
    if (kind === 'sqlite') {
      databaseFile = 'database.sqlite'
      await copySqliteDatabase(databaseUri, path.join(staging, databaseFile))
      tables = await countSqliteRows(path.join(staging, databaseFile))
    } else if (kind === 'postgres') {
      const versions = await postgresVersions(databaseUri)
      if (versions.pgDump < versions.server) {
        throw new Error(`pg_dump ${versions.pgDump} is older than the server (${versions.server}); install the matching postgresql-client`)
      }
      databaseFile = 'database.pgdump'
      tables = await dumpPostgresDatabase(databaseUri, path.join(staging, databaseFile))
    } else {
      throw new Error('backup supports SQLite and PostgreSQL only (MongoDB: use mongodump)')
    }
    const uploads = await listUploads(uploadsDir)
    copyUploads(uploads, uploadsDir, path.join(staging, 'uploads'))
    const manifest = buildManifest({ createdAt: now, dialect: kind, databaseFile, tables, uploads })
    fs.writeFileSync(path.join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
    fs.mkdirSync(path.dirname(path.resolve(archive)), { recursive: true })
    await packFolder(staging, path.resolve(archive))
    return manifest
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}
