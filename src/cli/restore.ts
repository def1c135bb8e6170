import { describeDifference, totalRows } from '@/platform/backup/rules/backup-manifest'
import { DEFAULT_DATABASE_URI } from '@/platform/database/database-adapter'
import { RestoreRefused, restoreBackup } from '@/platform/backup/restore-backup'
import { uploadsRoot } from '@/platform/backup/uploads'
import config from '@payload-config'
import { getPayload } from 'payload'
import { rebuildSearchIndex } from '@/features/search/server/rebuild'

// `npm run restore -- [--force] backup.tar.gz`: into DATABASE_URI and UPLOADS_DIR, which must be
// empty unless --force; then row counts and checksums are compared with the backup's manifest,
// and the search index is rebuilt (as `npm run search:rebuild`).
const force = process.argv.includes('--force')
const archive = process.argv.slice(2).find((a) => !a.startsWith('--'))
if (!archive) {
  console.error('usage: npm run restore -- [--force] <backup.tar.gz>')
  process.exit(2)
}

try {
  const { manifest, differences, tables } = await restoreBackup({
    archive,
    databaseUri: process.env.DATABASE_URI || DEFAULT_DATABASE_URI,
    uploadsDir: uploadsRoot(),
    force,
  })
  console.log(`restored ${archive} (made ${manifest.createdAt})`)
  console.log(`  database: ${Object.keys(tables).length} tables, ${totalRows(tables)} rows (backup: ${totalRows(manifest.database.tables)})`)
  console.log(`  uploads: ${manifest.uploads.length} files`)
  if (differences.length > 0) {
    for (const d of differences) console.error(`  MISMATCH ${describeDifference(d)}`)
    console.error(`恢复后核对不一致 restore check failed: ${differences.length} difference(s)`)
    process.exit(1)
  }
  console.log('恢复完成，行数与文件校验和均与备份一致 (row counts and checksums match)')
  // The search entries and their full-text index are derived data: made again from the content.
  const payload = await getPayload({ config })
  const { counts } = await rebuildSearchIndex(payload)
  console.log(`  search: ${Object.values(counts).reduce((sum, n) => sum + n, 0)} pages indexed again`)
  await payload.destroy()
  process.exit(0)
} catch (error) {
  console.error(`恢复失败 restore failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(error instanceof RestoreRefused ? 3 : 1)
}
