// `npm run drill:kill9 [-- --kills=50 --workers=4 --db=postgres]`: a stream of feedback
// submissions (no-JS form, two attachments each) while the server is killed with SIGKILL and
// restarted again and again. Afterwards every acknowledged submission must exist with all its
// attachments (files present, sizes as recorded), and nothing may be half-written. Files a kill left
// without their rows are then deleted by the retention sweep (`npm run retention`), which must
// leave every message's files alone.
import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { cliOptions } from '../bench/harness.mjs'
import { minimalPdf } from '../fixtures/minimal-pdf'
import { newClientIp, openForm, postForm, trackingCodeIn, VALID_MESSAGE } from '../http/feedback-form'
import { drill, ensureBuild, log, prepareSite, printTable, runRetention, startServer } from './drill-harness.mjs'
import { filesIn, readFeedbackTables } from './site-inspection'

const { option, number } = cliOptions()
const KILLS = number('kills', 50)
const WORKERS = number('workers', 4)
const PORT = number('port', 3400)
const kind = option('db', 'sqlite') === 'postgres' ? 'postgres' : 'sqlite'

type Acknowledged = { trackingCode: string; attachments: number }

await drill('drill:kill9', async (onCleanup: (cleanup: () => Promise<unknown>) => void) => {
  await ensureBuild()
  const site = await prepareSite(kind, 'kill9')
  onCleanup(() => site.remove())
  const before = await readFeedbackTables(site.database.uri)
  const seeded = new Set(before.feedback.map((f) => f.id))
  const env = { ...site.env, RATE_LIMIT_SUBMIT_SITE_WIDE: '1000000', JOBS_AUTORUN: '0' }
  let server = startServer(PORT, env)
  onCleanup(() => server.stop())
  await server.ready()
  log(`server up on ${server.url} (${kind}); ${KILLS} kills, ${WORKERS} submitting workers`)

  const acknowledged: Acknowledged[] = []
  const tally = { attempted: 0, refusedOrError: 0, connectionErrors: 0, http5xx: 0 }
  let running = true
  const png = (seed: number) =>
    sharp({ create: { width: 40 + (seed % 50), height: 30, channels: 3, background: { r: seed % 256, g: (seed * 7) % 256, b: 90 } } }).png().toBuffer()

  const worker = async (w: number) => {
    let n = 0
    while (running) {
      n++
      tally.attempted++
      try {
        const ip = newClientIp()
        const hidden = await openForm(server.url, ip)
        const files = [
          { name: `photo-${w}-${n}.png`, type: 'image/png', data: await png(w * 1000 + n) },
          { name: `scan-${w}-${n}.pdf`, type: 'application/pdf', data: minimalPdf() },
        ]
        const response = await postForm(server.url, ip, hidden, { ...VALID_MESSAGE, subject: `断电演练 ${w}-${n}` }, files)
        const code = trackingCodeIn(response.html)
        if (response.status >= 500) tally.http5xx++
        if (code) acknowledged.push({ trackingCode: code, attachments: files.length })
        else tally.refusedOrError++
      } catch {
        tally.connectionErrors++
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    }
  }
  const workers = Array.from({ length: WORKERS }, (_, i) => worker(i + 1))

  const started = Date.now()
  for (let kill = 1; kill <= KILLS; kill++) {
    // Let submissions get going, then cut the power at a random point of one.
    await new Promise((resolve) => setTimeout(resolve, 400 + Math.random() * 1200))
    await server.kill9()
    server = startServer(PORT, env)
    await server.ready()
    if (kill % 10 === 0) log(`${kill} kills, ${acknowledged.length} acknowledged so far`)
  }
  await new Promise((resolve) => setTimeout(resolve, 1500))
  running = false
  await Promise.all(workers)
  await server.stop()
  const seconds = (Date.now() - started) / 1000

  // The state on disk, read directly.
  const after = await readFeedbackTables(site.database.uri)
  const files = filesIn(path.join(site.uploadsDir, 'feedback'))
  const feedback = after.feedback.filter((f) => !seeded.has(f.id))
  const byCode = new Map(feedback.map((f) => [f.trackingCode, f]))
  const attachmentById = new Map(after.attachments.map((a) => [a.id, a]))
  const linksOf = new Map<number, number[]>()
  for (const link of after.links) linksOf.set(link.feedbackId, [...(linksOf.get(link.feedbackId) ?? []), link.attachmentId])
  const linked = new Set(after.links.map((l) => l.attachmentId))

  const missingAcknowledged = acknowledged.filter((a) => !byCode.has(a.trackingCode))
  const incompleteAcknowledged = acknowledged.filter((a) => {
    const stored = byCode.get(a.trackingCode)
    if (!stored) return false
    const ids = linksOf.get(stored.id) ?? []
    return ids.length !== a.attachments || ids.some((id) => !attachmentById.has(id))
  })
  // Every submission of this drill carried two attachments: a message with fewer is half-written.
  const halfWritten = feedback.filter((f) => (linksOf.get(f.id) ?? []).filter((id) => attachmentById.has(id)).length !== 2)
  const danglingLinks = after.links.filter((l) => !attachmentById.has(l.attachmentId))
  const orphanRows = after.attachments.filter((a) => !linked.has(a.id))
  const missingFiles = after.attachments.filter((a) => !files.has(a.filename))
  const sizeMismatches = after.attachments.filter((a) => files.has(a.filename) && files.get(a.filename) !== a.filesize)
  const referenced = new Set(after.attachments.map((a) => a.filename))
  const orphanFiles = [...files.keys()].filter((name) => !referenced.has(name))
  const sharedFiles = after.attachments.length - referenced.size

  // What must all be zero: an acknowledged message lost or half-written, or rows and files that disagree.
  const faults: [string, number][] = [
    ['ACKNOWLEDGED BUT MISSING', missingAcknowledged.length],
    ['ACKNOWLEDGED WITH MISSING ATTACHMENTS', incompleteAcknowledged.length],
    ['HALF-WRITTEN MESSAGES (≠ 2 attachments)', halfWritten.length],
    ['LINKS TO MISSING ATTACHMENT ROWS', danglingLinks.length],
    ['ATTACHMENT ROWS WITHOUT A MESSAGE (orphan rows)', orphanRows.length],
    ['ATTACHMENT ROWS WITHOUT THEIR FILE', missingFiles.length],
    ['FILE SIZE ≠ RECORDED SIZE', sizeMismatches.length],
    ['ATTACHMENT ROWS SHARING ONE FILE', sharedFiles],
  ]
  printTable(`kill -9 drill (${kind}, ${seconds.toFixed(0)} s)`, [
    ['server killed with SIGKILL and restarted', KILLS],
    ['submissions attempted', tally.attempted],
    ['acknowledged with a tracking code', acknowledged.length],
    ['not acknowledged (connection cut)', tally.connectionErrors],
    ['answered without a code (refused/error page)', tally.refusedOrError],
    ['  of which HTTP 5xx', tally.http5xx],
    ['messages stored by the drill', feedback.length],
    ['stored but never acknowledged (client cut off)', feedback.filter((f) => !acknowledged.some((a) => a.trackingCode === f.trackingCode)).length],
    ...faults,
    ['files without a row (orphan files, left by a cut between file write and commit)', orphanFiles.length],
  ])
  if (orphanFiles.length) log(`orphan files: ${orphanFiles.slice(0, 10).join(', ')}${orphanFiles.length > 10 ? ' …' : ''}`)

  // The sweep spares files younger than an hour (a submission may still be committing): age them.
  const feedbackFolder = path.join(site.uploadsDir, 'feedback')
  const hoursAgo = new Date(Date.now() - 2 * 60 * 60_000)
  for (const name of files.keys()) fs.utimesSync(path.join(feedbackFolder, name), hoursAgo, hoursAgo)
  log(runRetention(site).trim())
  const afterSweep = filesIn(feedbackFolder)
  const stillReferenced = new Set((await readFeedbackTables(site.database.uri)).attachments.map((a) => a.filename))
  const sweptReferenced = [...stillReferenced].filter((name) => !afterSweep.has(name))
  const orphansLeft = [...afterSweep.keys()].filter((name) => !stillReferenced.has(name))
  printTable('retention sweep after the drill', [
    ['orphan files deleted', orphanFiles.length - orphansLeft.length],
    ['ORPHAN FILES LEFT', orphansLeft.length],
    ['ATTACHMENT ROWS WHOSE FILE THE SWEEP DELETED', sweptReferenced.length],
  ])
  return acknowledged.length > 0 && orphansLeft.length + sweptReferenced.length === 0 && faults.every(([, count]) => count === 0)
})
