import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { compareManifest, parseManifest, type BackupManifest, type ManifestDifference } from './rules/backup-manifest'
import { databaseKind } from '@/platform/database/database-adapter'
import { unpackArchive } from './archive'
import { countPostgresRows, emptyPostgresDatabase, ensurePostgresDatabase, restorePostgresDatabase } from './postgres'
import { countSqliteRows, restoreSqliteDatabase, sqliteFile } from './sqlite'
import { copyUploads, isFolderEmpty, listUploads } from './uploads'

export type RestoreOptions = { archive: string; databaseUri: string; uploadsDir: string; force?: boolean }

export type RestoreResult = { manifest: BackupManifest; differences: ManifestDifference[]; tables: Record<string, number> }

export class RestoreRefused extends Error {}

async function targetTables(databaseUri: string) {
  return databaseKind(databaseUri) === 'sqlite' ? countSqliteRows(sqliteFile(databaseUri)) : countPostgresRows(databaseUri)
}

/**
 * Restores an archive made by createBackup into a database and an uploads folder, then counts the
 * rows and hashes the files again and returns every difference from the manifest. A target that
 * already holds tables or files is refused unless `force` (which empties it first).
 */
export async function restoreBackup({ archive, databaseUri, uploadsDir, force = false }: RestoreOptions): Promise<RestoreResult> {
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'site-restore-'))
  try {
    await unpackArchive(path.resolve(archive), staging)
    const manifest = parseManifest(fs.readFileSync(path.join(staging, 'manifest.json'), 'utf8'))
    const kind = databaseKind(databaseUri)
    if (kind !== manifest.database.dialect) {
      throw new RestoreRefused(`the backup is of a ${manifest.database.dialect} database; DATABASE_URI points to ${kind}`)
    }
    // The archive's own files must match their checksums before anything is touched.
    const packed = compareManifest(manifest, { tables: manifest.database.tables, uploads: await listUploads(path.join(staging, 'uploads')) })
    if (packed.length > 0) throw new Error(`the archive is damaged: ${packed.length} upload file(s) differ from its manifest`)

    if (kind === 'postgres') await ensurePostgresDatabase(databaseUri)
    const existing = Object.keys(await targetTables(databaseUri)).length
    if (!force && (existing > 0 || !isFolderEmpty(uploadsDir))) {
      throw new RestoreRefused(
        `the target is not empty (${existing} table(s) in the database, uploads folder ${isFolderEmpty(uploadsDir) ? 'empty' : 'not empty'}); ` +
          'restore into a fresh database and folder, or pass --force to replace them',
      )
    }
    const databaseFile = path.join(staging, manifest.database.file)
    if (kind === 'sqlite') restoreSqliteDatabase(databaseFile, databaseUri)
    else {
      if (existing > 0) await emptyPostgresDatabase(databaseUri)
      await restorePostgresDatabase(databaseFile, databaseUri)
    }
    fs.rmSync(uploadsDir, { recursive: true, force: true })
    fs.mkdirSync(uploadsDir, { recursive: true })
    copyUploads(manifest.uploads, path.join(staging, 'uploads'), uploadsDir)

    const tables = await targetTables(databaseUri)
    const differences = compareManifest(manifest, { tables, uploads: await listUploads(uploadsDir) })
    return { manifest, differences, tables }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}
