import fs from 'node:fs'
import path from 'node:path'
import config from '@payload-config'
import { getPayload } from 'payload'
import { importNoticeFile, type ImportOutcome } from '@/features/policies/server/import-notices'

// npm run import:notices -- [--publish] <files or folders>
const args = process.argv.slice(2)
const publish = args.includes('--publish')
const targets = args.filter((arg) => arg !== '--publish')
if (targets.length === 0) {
  console.error('用法：npm run import:notices -- [--publish] <文件或文件夹> …')
  process.exit(2)
}

function collectFiles(target: string): string[] {
  if (!fs.existsSync(target)) return [target]
  if (fs.statSync(target).isDirectory()) {
    return fs
      .readdirSync(target)
      .sort()
      .flatMap((name) => collectFiles(path.join(target, name)))
  }
  return [target]
}

const files = targets.flatMap(collectFiles)
const payload = await getPayload({ config })
const outcomes: ImportOutcome[] = []
const started = Date.now()
const LABELS = { imported: '已导入', updated: '已更新草稿', skipped: '已跳过', failed: '失败' }

for (const [i, file] of files.entries()) {
  let outcome: ImportOutcome
  try {
    outcome = await importNoticeFile(payload, path.basename(file), fs.readFileSync(file), { publish })
  } catch (error) {
    outcome = { file: path.basename(file), status: 'failed', reason: `无法读取文件：${(error as Error).message}`, warnings: [] }
  }
  outcomes.push(outcome)
  const detail = outcome.reason ?? [outcome.documentNumber, outcome.title].filter(Boolean).join(' ')
  console.log(`[${i + 1}/${files.length}] ${file}: ${LABELS[outcome.status]}${detail ? ` · ${detail}` : ''}`)
  for (const warning of outcome.warnings) console.log(`    注意：${warning}`)
}

const count = (status: ImportOutcome['status']) => outcomes.filter((o) => o.status === status).length
const seconds = (Date.now() - started) / 1000
console.log(
  `\n汇总：导入 ${count('imported')}，更新 ${count('updated')}，跳过 ${count('skipped')}，失败 ${count('failed')}` +
    `（共 ${files.length} 个文件，${seconds.toFixed(1)} 秒，${(files.length / Math.max(seconds, 0.001)).toFixed(1)} 个/秒）`,
)
for (const failed of outcomes.filter((o) => o.status === 'failed')) console.log(`  失败：${failed.file}：${failed.reason}`)
// Garbled passages are listed again at the end, so staff fix them before the notices are published.
const garbled = outcomes.flatMap((o) => o.warnings.filter((warning) => warning.includes('可能有乱码')).map((warning) => `${o.file}：${warning}`))
if (garbled.length > 0) console.log(`\n可能有乱码的段落 ${garbled.length} 处，请对照原件改正后再发布：`)
for (const line of garbled) console.log(`  ${line}`)
await payload.destroy()
process.exit(count('failed') > 0 ? 1 : 0)
