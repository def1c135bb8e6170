// Seeds a throw-away database for tests/bench/policies-bench.mjs and measures how fast notices go
// in: N generated published notices through payload.create (collection hooks run), then legacy
// texts through importNoticeFile. Run by the bench, not by hand:
//   DATABASE_URI=… PAYLOAD_SECRET=… NODE_ENV=production \
//     node scripts/run-ts.mjs tests/bench/seed-policies.ts --count=10000 --imports=200 --concurrency=4
// Prints progress on stderr and one line `BENCH_RESULT {json}` on stdout.
import fs from 'node:fs'
import path from 'node:path'
import config from '@payload-config'
import { getPayload, type RequiredDataFromCollectionSlug } from 'payload'
import { decodeNoticeBytes, normaliseDocumentNumber, parseNoticeText } from '@/features/policies/rules/notice-text'
import { importNoticeFile } from '@/features/policies/server/import-notices'
import { POLICY_TOPICS, type PolicyTopic, type PolicyValidity } from '@/features/policies/rules/policy-topics'
import { analyzeTables } from '@/platform/database/analyze-tables'
import { log, numberOption, seededRandom } from './seeding'

type NoticeData = RequiredDataFromCollectionSlug<'policy-notices'>

const COUNT = numberOption('count', 10_000)
const IMPORTS = numberOption('imports', 200)
const CONCURRENCY = numberOption('concurrency', 1)
const MAX_RETRIES = 8

// ---------------------------------------------------------------------------------------------
// Deterministic generator: the same notices (titles, numbers, slugs) on every run and database.
const { random, pick, between } = seededRandom(20261128)

type Authority = { name: string; prefix: string; from: number; to: number; weight: number }
// Prefixes have distinct pinyin, so slugs (chengweifa-2019-123) never collide across authorities.
const AUTHORITIES: Authority[] = [
  { name: '成都市人口和计划生育委员会', prefix: '成人口发', from: 1995, to: 2014, weight: 5 },
  { name: '成都市卫生局', prefix: '成卫发', from: 1995, to: 2014, weight: 3 },
  { name: '成都市卫生和计划生育委员会', prefix: '成卫计发', from: 2014, to: 2019, weight: 5 },
  { name: '成都市卫生健康委员会', prefix: '成卫健发', from: 2019, to: 2026, weight: 6 },
  { name: '成都市人民政府办公厅', prefix: '成办发', from: 1995, to: 2026, weight: 2 },
  { name: '成都市人民政府', prefix: '成府发', from: 1995, to: 2026, weight: 1 },
  { name: '成都市财政局', prefix: '成财社', from: 1995, to: 2026, weight: 1 },
  { name: '成都市民政局', prefix: '成民发', from: 1995, to: 2026, weight: 1 },
  { name: '成都市妇女儿童工作委员会', prefix: '成妇儿委', from: 1995, to: 2026, weight: 1 },
]

// Each subject brings its own sentences, so a search word such as 生育登记 matches the few notices
// about it (and those citing it), not most of the collection.
const SUBJECTS: { text: string; topic: PolicyTopic; keywords: string[]; sentences: string[] }[] = [
  { text: '生育登记服务', topic: 'family-planning', keywords: ['生育登记'], sentences: ['夫妻双方可通过政务服务网或到户籍地、现居住地的乡镇（街道）便民服务中心办理生育登记，材料齐全的当场办结。', '办理生育登记只需提供夫妻双方居民身份证和结婚证，不再要求提供其他证明材料。'] },
  { text: '计划生育目标管理责任制', topic: 'family-planning', keywords: ['计划生育', '目标管理'], sentences: ['实行党政领导和相关部门的人口与计划生育工作目标管理责任制，年终进行考核。'] },
  { text: '计划生育优质服务', topic: 'family-planning', keywords: ['计划生育', '优质服务'], sentences: ['开展创建计划生育优质服务先进县（市、区）活动，寓管理于服务之中。'] },
  { text: '计划生育技术服务', topic: 'reproductive-health', keywords: ['技术服务'], sentences: ['对实行计划生育的育龄夫妻免费提供基本项目的计划生育技术服务。'] },
  { text: '免费孕前优生健康检查', topic: 'reproductive-health', keywords: ['孕前优生'], sentences: ['计划怀孕的夫妇可在户籍地或现居住地免费接受孕前优生健康检查。'] },
  { text: '避孕药具发放', topic: 'reproductive-health', keywords: ['避孕药具'], sentences: ['健全避孕药具发放网络，在社区服务中心和自助发放机提供免费避孕药具。'] },
  { text: '出生缺陷综合防治', topic: 'maternal-child', keywords: ['出生缺陷'], sentences: ['落实出生缺陷三级预防措施，做好新生儿疾病筛查和随访。'] },
  { text: '孕产妇健康管理', topic: 'maternal-child', keywords: ['孕产妇', '妇幼保健'], sentences: ['为孕产妇建立保健手册，孕期至少提供五次产前检查和两次产后访视。'] },
  { text: '婚前医学检查', topic: 'maternal-child', keywords: ['婚前检查'], sentences: ['婚姻登记机关应当告知当事人可以免费接受婚前医学检查。'] },
  { text: '托育服务', topic: 'maternal-child', keywords: ['托育'], sentences: ['鼓励社会力量举办普惠托育机构，为三岁以下婴幼儿家庭提供照护服务。'] },
  { text: '流动人口计划生育服务管理', topic: 'floating-population', keywords: ['流动人口'], sentences: ['实行现居住地与户籍地协作配合，对流动人口做到同管理、同服务。'] },
  { text: '流动人口基本公共卫生计生服务均等化', topic: 'floating-population', keywords: ['流动人口', '均等化'], sentences: ['流动人口与户籍人口同等享有基本公共卫生和计划生育服务。'] },
  { text: '农村部分计划生育家庭奖励扶助', topic: 'rewards-assistance', keywords: ['奖励扶助'], sentences: ['符合条件的农村计划生育家庭夫妻，年满六十周岁后按年领取奖励扶助金。'] },
  { text: '计划生育家庭特别扶助', topic: 'rewards-assistance', keywords: ['特别扶助'], sentences: ['对独生子女伤残或死亡家庭发放特别扶助金，并提供就医便利。'] },
  { text: '独生子女父母奖励', topic: 'rewards-assistance', keywords: ['独生子女', '奖励'], sentences: ['领取独生子女父母光荣证的夫妻，按规定享受奖励费。'] },
  { text: '艾滋病防治', topic: 'hiv-prevention', keywords: ['艾滋病'], sentences: ['落实“四免一关怀”政策，为艾滋病病毒感染者提供免费咨询检测和治疗。'] },
  { text: '预防艾滋病母婴传播', topic: 'hiv-prevention', keywords: ['艾滋病', '母婴传播'], sentences: ['为孕产妇免费提供艾滋病、梅毒和乙肝检测，阻断母婴传播。'] },
  { text: '人口和计划生育统计', topic: 'administration', keywords: ['统计'], sentences: ['统计数据要真实准确，严禁虚报、瞒报、漏报，确保信息按时上报。'] },
  { text: '政务公开', topic: 'administration', keywords: ['政务公开'], sentences: ['通过本网站和政务服务大厅主动公开政策文件、办事指南和监督电话。'] },
  { text: '行政执法责任制', topic: 'administration', keywords: ['依法行政'], sentences: ['落实行政执法责任制、执法过错责任追究制、公示制和评议制。'] },
]
const VERBS = ['进一步加强', '做好', '切实做好', '调整', '规范', '实施', '开展', '完善', '推进', '落实']
const DOCUMENT_TYPES = ['通知', '意见', '实施意见', '补充通知', '工作方案']
const ISSUED_RULES = ['实施办法', '管理办法', '工作规范', '考核办法', '若干规定']
const ADDRESSEES = [
  '各区（市）县人口计生局',
  '各区（市）县卫生健康局',
  '各区（市）县政府，市政府各部门',
  '各区（市）县卫生健康局、财政局',
  '各区（市）县卫生局，市级各医疗卫生单位',
]
const OPENINGS = [
  '为贯彻落实《中华人民共和国人口与计划生育法》和《四川省人口与计划生育条例》，经研究，现就{subject}有关事项通知如下。',
  '根据国家和省有关规定，结合我市实际，现就{subject}工作提出如下意见。',
  '为进一步方便群众办事，提高{subject}工作水平，经市政府同意，现将有关事项通知如下。',
]
const SENTENCES = [
  '各地要高度重视{subject}工作，将其纳入经济社会发展总体规划，明确责任分工，加强督促检查。',
  '各级卫生健康行政部门要会同财政部门做好经费保障，确保各项资金按时足额到位。',
  '各医疗卫生机构要规范服务流程，加强人员培训，提高服务质量，保障群众的合法权益。',
  '要通过服务网点和本网站广泛宣传政策，对老年人、残疾人等群体提供帮办代办服务。',
  '对工作中出现的新情况、新问题，要及时研究解决，重大情况及时报告。',
  '本通知自印发之日起施行，原有规定与本通知不一致的，以本通知为准。',
  '请各地结合实际制定具体实施方案，并于每年年底前将落实情况报送市级主管部门。',
  '{subject}工作情况纳入年度目标考核，考核结果向社会公开。',
]
const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六']

const paragraph = (text: string) => ({
  type: 'paragraph',
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  textFormat: 0,
  textStyle: '',
  children: [{ type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }],
})

function authorityFor(year: number): Authority {
  const eligible = AUTHORITIES.filter((a) => year >= a.from && year <= a.to)
  let roll = random() * eligible.reduce((sum, a) => sum + a.weight, 0)
  for (const authority of eligible) if ((roll -= authority.weight) < 0) return authority
  return eligible[eligible.length - 1]
}

function validityFor(year: number): PolicyValidity {
  const age = 2026 - year
  const roll = random()
  if (roll < 0.78 + Math.max(0, 12 - age) * 0.015) return 'in-force'
  return pick(['amended', 'repealed', 'expired', 'amended'] as const)
}

const pad = (n: number) => String(n).padStart(2, '0')
const serials = new Map<string, number>()

function generateNotice(i: number): NoticeData {
  // A little more output in later years, as on the real site; every year 1995–2026 present.
  const year = i < 32 ? 1995 + i : random() < 0.5 ? between(1995, 2026) : between(2008, 2026)
  const authority = authorityFor(year)
  const subject = i < POLICY_TOPICS.length * 3 ? SUBJECTS.find((s) => s.topic === POLICY_TOPICS[i % POLICY_TOPICS.length].value)! : pick(SUBJECTS)
  const interpretation = random() < 0.06
  const month = year === 2026 ? between(1, 10) : between(1, 12)
  // Day 2–27: the hooks derive `year` in local time, so stay clear of New Year in every time zone.
  const dateWritten = `${year}-${pad(month)}-${pad(between(2, 27))}`
  const published = new Date(`${dateWritten}T02:00:00.000Z`)
  published.setUTCDate(published.getUTCDate() + between(0, 20))
  published.setUTCMinutes(between(0, 59))

  const key = `${authority.prefix}${year}`
  const serial = (serials.get(key) ?? 0) + between(1, 3)
  serials.set(key, serial)
  const documentNumber = interpretation ? null : `${authority.prefix}〔${year}〕${serial}号`

  const verb = pick(VERBS)
  const baseTitle =
    random() < 0.3
      ? `${authority.name}关于印发《成都市${subject.text}${pick(ISSUED_RULES)}》的通知`
      : `${authority.name}关于${verb}${subject.text}工作的${pick(DOCUMENT_TYPES)}`
  const title = interpretation ? `《关于${verb}${subject.text}工作的通知》政策解读` : baseTitle

  const fill = (text: string) => text.replaceAll('{subject}', subject.text)
  const paragraphs = [fill(pick(OPENINGS))]
  const sections = between(2, 5)
  for (let s = 0; s < sections; s++) {
    paragraphs.push(`${CHINESE_NUMERALS[s]}、${pick(['工作目标', '主要任务', '保障措施', '职责分工', '服务内容', '组织实施'])}`)
    paragraphs.push(Array.from({ length: between(2, 4) }, () => fill(random() < 0.3 ? pick(subject.sentences) : pick(SENTENCES))).join(''))
  }

  const extraTopic = random() < 0.1 ? pick(POLICY_TOPICS).value : subject.topic
  return {
    title,
    kind: interpretation ? 'interpretation' : 'document',
    documentNumber,
    issuingAuthority: authority.name,
    addressees: interpretation ? null : pick(ADDRESSEES),
    dateWritten,
    datePublished: published.toISOString(),
    topic: extraTopic,
    validity: validityFor(year),
    keywords: subject.keywords,
    body: { root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: paragraphs.map(paragraph) } } as never,
    _status: 'published',
  }
}

// ---------------------------------------------------------------------------------------------
const isTransient = (error: unknown) => /SQLITE_BUSY|SQLITE_CANTOPEN|database is locked|database busy|deadlock|could not serialize|cannot begin transaction/i.test(String((error as Error)?.message ?? error) + String((error as { cause?: unknown })?.cause ?? ''))
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const payload = await getPayload({ config })
const context = { disableRevalidate: true }

const notices = Array.from({ length: COUNT }, (_, i) => generateNotice(i))
const slugs: { slug: string; year: number }[] = []
const createdIds: { id: number; documentNumber: string | null | undefined; slug: string }[] = []
const SLUG_EVERY = Math.max(1, Math.floor(COUNT / 8))
let retries = 0
const retryReasons = new Map<string, number>()
let created = 0

/**
 * Runs `CONCURRENCY` creates at a time, never two of the same year at once: the 索引号 hook reads
 * the year's highest sequence and adds one, so two concurrent creates of one year would collide
 * on the unique index (as two editors saving at the same instant would).
 */
async function seedAll() {
  const pending = notices.map((data, i) => ({ data, i, year: Number(data.dateWritten.slice(0, 4)) }))
  const busyYears = new Set<number>()
  let nextReport = 1000
  let lastReportAt = performance.now()
  await new Promise<void>((resolve, reject) => {
    let running = 0
    let failed = false
    const launch = () => {
      if (failed) return
      if (pending.length === 0 && running === 0) return resolve()
      while (running < CONCURRENCY) {
        const at = pending.findIndex((item) => !busyYears.has(item.year))
        if (at < 0) break
        const [item] = pending.splice(at, 1)
        busyYears.add(item.year)
        running++
        createWithRetry(item.data)
          .then((doc) => {
            created++
            createdIds.push({ id: doc.id, documentNumber: doc.documentNumber, slug: String(doc.slug) })
            if (item.i % SLUG_EVERY === Math.floor(SLUG_EVERY / 2)) slugs.push({ slug: String(doc.slug), year: item.year })
            if (created >= nextReport) {
              const now = performance.now()
              log(`${created}/${COUNT} created, ${(1000 / ((now - lastReportAt) / 1000)).toFixed(1)}/s for the last 1000`)
              lastReportAt = now
              nextReport += 1000
            }
          })
          .catch((error) => {
            failed = true
            reject(new Error(`create #${item.i} (${item.data.documentNumber ?? item.data.title}) failed: ${(error as Error).stack ?? error}`))
          })
          .finally(() => {
            busyYears.delete(item.year)
            running--
            launch()
          })
      }
    }
    launch()
  })
}

async function createWithRetry(data: NoticeData) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await payload.create({ collection: 'policy-notices', data, context, overrideAccess: true, depth: 0 })
    } catch (error) {
      if (attempt >= MAX_RETRIES || !isTransient(error)) throw error
      retries++
      const reason = String((error as Error)?.message ?? error).slice(0, 120)
      retryReasons.set(reason, (retryReasons.get(reason) ?? 0) + 1)
      await sleep(5 + Math.random() * 20 * (attempt + 1))
    }
  }
}

const seedStarted = performance.now()
await seedAll()
const seedSeconds = (performance.now() - seedStarted) / 1000
log(`${created} notices in ${seedSeconds.toFixed(1)} s (${retries} retries after transient errors)`)

// Every create that returned a document must have left a row behind.
const stored = new Set<number>()
for (let page = 1; ; page++) {
  const found = await payload.find({ collection: 'policy-notices', limit: 2000, page, depth: 0, select: { slug: true }, overrideAccess: true, sort: 'id' })
  for (const doc of found.docs) stored.add(doc.id)
  if (!found.hasNextPage) break
}
const lost = createdIds.filter((doc) => !stored.has(doc.id))
const seenIds = new Map<number, number>()
for (const doc of createdIds) seenIds.set(doc.id, (seenIds.get(doc.id) ?? 0) + 1)
const sharedIds = [...seenIds].filter(([, n]) => n > 1).map(([id]) => id)
if (sharedIds.length) lost.push(...createdIds.filter((doc) => sharedIds.includes(doc.id)))
if (lost.length) log(`LOST: ${lost.length} creates returned a document that is not in the database: ${JSON.stringify(lost.slice(0, 5))}`)

// ---------------------------------------------------------------------------------------------
// Import: the example legacy texts again and again, each time with a new document number
// (10000 + round: never used by the generated notices, whose serials stay below 1000).
const NOTICE_FOLDER = path.resolve(process.cwd(), 'src/seed/notices')
const files = fs.readdirSync(NOTICE_FOLDER).filter((name) => name.endsWith('.txt')).sort()
const sources = files.map((file) => {
  const text = decodeNoticeBytes(fs.readFileSync(path.join(NOTICE_FOLDER, file)))
  const number = parseNoticeText(text).documentNumber
  const parts = number?.match(/〔(\d{4})〕(\d+)号$/)
  if (!number || !parts) throw new Error(`${file}: no document number found; the bench needs one to vary`)
  return { file, text, number, year: parts[1], serial: parts[2] }
})

function variant(source: (typeof sources)[number], round: number) {
  const serial = String(10000 + round)
  // The serial after "〔year〕" in any bracket style, wherever the number is written (head line,
  // number line): 成辦發〔2004〕5號 → 成辦發〔2004〕10003號.
  const pattern = new RegExp(`([〔［【（〖﹝\\[(]\\s*${source.year}\\s*[〕］】）〗﹞\\])]\\s*第?\\s*)${source.serial}(?!\\d)(?=\\s*[号號])`, 'gu')
  const text = source.text.replace(pattern, `$1${serial}`)
  const expected = normaliseDocumentNumber(source.number.replace(/\d+号$/, `${serial}号`))
  const parsed = parseNoticeText(text).documentNumber
  if (!expected || parsed !== expected) throw new Error(`${source.file}: renumbering gave ${parsed}, expected ${expected}`)
  return { name: source.file.replace(/\.txt$/, `-${serial}.txt`), bytes: new TextEncoder().encode(text), number: expected }
}

const batch = Array.from({ length: IMPORTS }, (_, i) => variant(sources[i % sources.length], Math.floor(i / sources.length)))
const importStarted = performance.now()
const importFailures: string[] = []
for (const item of batch) {
  // One after another, like `npm run import:notices`; drafts, the CLI's default.
  const outcome = await importNoticeFile(payload, item.name, item.bytes, { publish: false })
  if (outcome.status !== 'imported') importFailures.push(`${item.name}: ${outcome.status} ${outcome.reason ?? ''}`)
}
const importSeconds = (performance.now() - importStarted) / 1000
log(`${IMPORTS} imports in ${importSeconds.toFixed(1)} s, ${importFailures.length} not imported`)

await analyzeTables(payload) // the planner's statistics after the bulk load, as the demo seed does
const published = await payload.count({ collection: 'policy-notices', where: { _status: { equals: 'published' } }, overrideAccess: true })
const drafts = await payload.count({ collection: 'policy-notices', where: { _status: { equals: 'draft' } }, overrideAccess: true })
const filteredSample = await payload.count({
  collection: 'policy-notices',
  where: { and: [{ _status: { equals: 'published' } }, { year: { equals: 2015 } }, { topic: { equals: 'family-planning' } }] },
  overrideAccess: true,
})

const result = {
  seed: { count: created, seconds: seedSeconds, perSecond: created / seedSeconds, concurrency: CONCURRENCY, retries, retryReasons: Object.fromEntries(retryReasons), lost: lost.length, lostSample: lost.slice(0, 5) },
  import: { count: IMPORTS, imported: IMPORTS - importFailures.length, seconds: importSeconds, perSecond: IMPORTS / importSeconds, failures: importFailures.slice(0, 10) },
  totals: { published: published.totalDocs, drafts: drafts.totalDocs, year2015FamilyPlanning: filteredSample.totalDocs },
  slugs: slugs.map((s) => s.slug),
}
process.stdout.write(`BENCH_RESULT ${JSON.stringify(result)}\n`)
await payload.destroy()
process.exit(0)
