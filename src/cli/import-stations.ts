import fs from 'node:fs'
import config from '@payload-config'
import { getPayload } from 'payload'
import { decodeCsvBytes } from '@/features/stations/rules'
import { importStationCsv } from '@/features/stations/server/import-stations'

// npm run import:stations -- [--draft] <file.csv>
// Publishes by default: the CSV is the directory staff maintain. --draft keeps new stations as
// drafts and saves changes to published stations as drafts waiting for review.
const args = process.argv.slice(2)
const draft = args.includes('--draft')
const files = args.filter((arg) => !arg.startsWith('--'))
if (files.length !== 1) {
  console.error('用法：npm run import:stations -- [--draft] <文件.csv>（表头说明见 docs/stations-csv.md）')
  process.exit(2)
}

let text: string
try {
  text = decodeCsvBytes(fs.readFileSync(files[0]))
} catch (error) {
  console.error(`无法读取文件 ${files[0]}：${(error as Error).message}`)
  process.exit(2)
}

const payload = await getPayload({ config })
const started = Date.now()
const report = await importStationCsv(payload, text, { publish: !draft })
const LABELS = { created: '新建', updated: '更新', failed: '失败' }
for (const outcome of report.outcomes) {
  console.log(`第 ${outcome.line} 行 ${outcome.key}：${LABELS[outcome.status]}${outcome.reason ? ` · ${outcome.reason}` : ''}`)
}
for (const problem of report.problems) console.log(`跳过：${problem.message}`)
const seconds = (Date.now() - started) / 1000
console.log(
  `\n汇总：新建 ${report.created}，更新 ${report.updated}，有问题跳过 ${report.problems.length}，保存失败 ${report.failed}` +
    `（${seconds.toFixed(1)} 秒${draft ? '，保存为草稿' : '，已发布'}）`,
)
await payload.destroy()
process.exit(report.failed > 0 || report.problems.some((p) => p.line > 1) ? 1 : 0)
