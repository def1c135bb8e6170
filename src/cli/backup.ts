import path from 'node:path'
import { totalRows } from '@/platform/backup/rules/backup-manifest'
import { DEFAULT_DATABASE_URI } from '@/platform/database/database-adapter'
import { createBackup } from '@/platform/backup/create-backup'
import { uploadsRoot } from '@/platform/backup/uploads'

// `npm run backup [-- --out=file.tar.gz]`: the database (DATABASE_URI) and the uploads folder
// (UPLOADS_DIR) in one archive with a manifest of row counts and file checksums.
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-')
const archive = path.resolve(arg('out') || path.join('backups', `site-${stamp}.tar.gz`))

try {
  const manifest = await createBackup({
    databaseUri: process.env.DATABASE_URI || DEFAULT_DATABASE_URI,
    uploadsDir: uploadsRoot(),
    archive,
  })
  const bytes = manifest.uploads.reduce((sum, u) => sum + u.size, 0)
  console.log(`备份完成 backup written: ${archive}`)
  console.log(`  database (${manifest.database.dialect}): ${Object.keys(manifest.database.tables).length} tables, ${totalRows(manifest.database.tables)} rows`)
  console.log(`  uploads: ${manifest.uploads.length} files, ${bytes} bytes`)
  process.exit(0)
} catch (error) {
  console.error(`备份失败 backup failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
