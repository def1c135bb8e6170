import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createClient } from '@libsql/client'
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { totalRows } from '@/platform/backup/rules/backup-manifest'
import { createBackup } from '@/platform/backup/create-backup'
import { countPostgresRows } from '@/platform/backup/postgres'
import { RestoreRefused, restoreBackup } from '@/platform/backup/restore-backup'
import { countSqliteRows, sqliteFile } from '@/platform/backup/sqlite'
import { listUploads } from '@/platform/backup/uploads'
import { minimalPdf } from '../fixtures/minimal-pdf'
import { databaseUri, queryDatabase } from '../setup/postgres'
import { submitResidentMessage } from './helpers/resident-message'

const dialect = process.env.TEST_DB_KIND === 'postgres' ? 'postgres' : 'sqlite'
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'backup-drill-'))
let payload: Payload
let trackingCode: string

/** A fresh target: a database that does not exist yet and an empty folder. */
function freshTarget(name: string) {
  const uploadsDir = path.join(work, `${name}-uploads`)
  const uri = dialect === 'sqlite'
    ? `file:${path.join(work, `${name}.db`)}`
    : databaseUri(`site_int_${process.env.TEST_RUN_ID}_restore_${name}_${process.pid}`)
  return { databaseUri: uri, uploadsDir }
}

async function trackingCodesIn(uri: string): Promise<string[]> {
  if (dialect === 'postgres') return (await queryDatabase<{ tracking_code: string }>(uri, 'SELECT tracking_code FROM feedback')).map((r) => r.tracking_code)
  const client = createClient({ url: `file:${sqliteFile(uri)}` })
  try {
    return (await client.execute('SELECT tracking_code FROM feedback')).rows.map((r) => String(r.tracking_code))
  } finally {
    client.close()
  }
}

const liveCounts = () => (dialect === 'sqlite' ? countSqliteRows(sqliteFile(process.env.DATABASE_URI!)) : countPostgresRows(process.env.DATABASE_URI!))

beforeAll(async () => {
  payload = await getPayload({ config })
  const png = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#2d6a4f' } }).png().toBuffer()
  await payload.create({ collection: 'media', data: { alt: '社区义诊现场' }, file: { data: png, mimetype: 'image/png', name: 'clinic.png', size: png.length } })
  await payload.create({ collection: 'departments', data: { name: '妇幼健康科', email: 'fuyou@example.test' } as never })
  const result = await submitResidentMessage(
    payload,
    { kind: 'suggestion', subject: '希望延长服务时间', message: '建议服务站周六也开放半天。', name: '李四', phone: '13912345678', replyBy: 'none', publishConsent: 'no' },
    { files: [{ name: '建议书.pdf', data: minimalPdf() }] },
  )
  trackingCode = result.trackingCode
})

describe(`backup and restore (${dialect})`, () => {
  it('restores the database and every upload into a fresh target with the same counts and checksums', async () => {
    const archive = path.join(work, 'site.tar.gz')
    const before = await liveCounts()
    const uploadsBefore = await listUploads(process.env.UPLOADS_DIR!)
    const manifest = await createBackup({ databaseUri: process.env.DATABASE_URI!, uploadsDir: process.env.UPLOADS_DIR!, archive })

    expect(manifest.database.dialect).toBe(dialect)
    expect(manifest.database.tables).toEqual(before)
    expect(manifest.database.tables.feedback).toBe(1)
    expect(manifest.database.tables['feedback_attachments']).toBe(1)
    expect(manifest.uploads).toEqual(uploadsBefore)
    // The attachment, and the 600 px image with its 480 px WebP (larger sizes are not made).
    expect(manifest.uploads.filter((u) => u.path.startsWith('feedback/'))).toHaveLength(1)
    expect(manifest.uploads.filter((u) => u.path.startsWith('media/'))).toHaveLength(2)

    const target = freshTarget('a')
    const restored = await restoreBackup({ archive, ...target })
    expect(restored.differences).toEqual([])
    expect(restored.tables).toEqual(before)
    expect(totalRows(restored.tables)).toBeGreaterThan(5)
    expect(await listUploads(target.uploadsDir)).toEqual(uploadsBefore)
    expect(await trackingCodesIn(target.databaseUri)).toEqual([trackingCode])

    // A second restore onto the now non-empty target is refused, and --force replaces it.
    await expect(restoreBackup({ archive, ...target })).rejects.toBeInstanceOf(RestoreRefused)
    fs.writeFileSync(path.join(target.uploadsDir, 'stray.txt'), 'x')
    const forced = await restoreBackup({ archive, ...target, force: true })
    expect(forced.differences).toEqual([])
    expect(fs.existsSync(path.join(target.uploadsDir, 'stray.txt'))).toBe(false)
  }, 180_000)

  it('refuses a non-empty uploads folder even when the database is fresh', async () => {
    const archive = path.join(work, 'site-2.tar.gz')
    await createBackup({ databaseUri: process.env.DATABASE_URI!, uploadsDir: process.env.UPLOADS_DIR!, archive })
    const target = freshTarget('b')
    fs.mkdirSync(target.uploadsDir, { recursive: true })
    fs.writeFileSync(path.join(target.uploadsDir, 'keep-me.txt'), 'x')
    await expect(restoreBackup({ archive, ...target })).rejects.toThrow(/not empty/)
    expect(fs.readFileSync(path.join(target.uploadsDir, 'keep-me.txt'), 'utf8')).toBe('x')
  }, 60_000)
})
