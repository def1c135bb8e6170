import type { Payload } from 'payload'
import { generateTables, type ApplicationFacts, type NoticeFacts } from '@/features/annual-reports/rules'
import { lexicalParagraphs } from '@/seed/lexical-paragraphs'

type Report = { created: string[]; kept: string[] }

const YEAR = 2025
const at = (day: string) => `${day}T02:00:00.000Z`

/** The example year's notices (示例): what the tables of the demo report are counted from. */
const EXAMPLE_NOTICES: NoticeFacts[] = [
  ...['2025-02-10', '2025-05-20', '2025-09-08'].map((day) => ({ kind: 'document', topic: 'family-planning', validity: 'in-force', datePublished: at(day) })),
  { kind: 'interpretation', topic: 'family-planning', validity: 'in-force', datePublished: at('2025-05-22') },
  { kind: 'document', topic: 'rewards-assistance', validity: 'in-force', datePublished: at('2025-03-15') },
  { kind: 'interpretation', topic: 'rewards-assistance', validity: 'in-force', datePublished: at('2025-03-18') },
  { kind: 'document', topic: 'hiv-prevention', validity: 'in-force', datePublished: at('2025-11-28') },
  { kind: 'document', topic: 'floating-population', validity: 'in-force', datePublished: at('2019-06-01') },
  { kind: 'document', topic: 'maternal-child', validity: 'repealed', datePublished: at('2016-04-01') },
]

const answered = (receivedAt: string, finishedAt: string, answerType: string, answerReason: string | null, who: Partial<ApplicationFacts> = {}): ApplicationFacts => ({
  applicantType: 'citizen',
  receivedAt: at(receivedAt),
  status: 'answered',
  answerType,
  answerReason,
  finishedAt: at(finishedAt),
  ...who,
})
const organisation = (organisationKind: string) => ({ applicantType: 'organisation', organisationKind })

/** The example year's applications (示例): every kind of applicant, most outcomes, one carried in and one carried over. */
const EXAMPLE_APPLICATIONS: ApplicationFacts[] = [
  answered('2024-12-23', '2025-01-14', 'disclosed', null),
  answered('2025-02-11', '2025-03-01', 'disclosed', null),
  answered('2025-03-04', '2025-03-25', 'disclosed', null),
  answered('2025-04-07', '2025-04-28', 'partly-disclosed', 'third-party'),
  answered('2025-05-12', '2025-05-30', 'unavailable', 'not-held'),
  answered('2025-06-03', '2025-06-20', 'not-processed', 'petition'),
  { applicantType: 'citizen', receivedAt: at('2025-07-01'), status: 'lapsed', finishedAt: at('2025-08-05') },
  answered('2025-03-10', '2025-03-31', 'disclosed', null, organisation('business')),
  answered('2025-08-18', '2025-09-05', 'withheld', 'third-party', organisation('business')),
  answered('2025-05-06', '2025-06-18', 'disclosed', null, organisation('research')),
  answered('2025-09-15', '2025-10-10', 'referred', 'other-body', organisation('public-interest')),
  answered('2025-10-20', '2025-11-07', 'withheld', 'process-information', organisation('legal-service')),
  { ...organisation('research'), receivedAt: at('2025-12-22'), status: 'received' },
]

/** The demo 2025 report (示例), published as the desk would, its tables counted from the example facts above. */
export async function seedAnnualReport(payload: Payload, report: Report) {
  const key = `open-government-reports:${YEAR}`
  if ((await payload.count({ collection: 'open-government-reports', where: { year: { equals: YEAR } } })).totalDocs > 0) {
    report.kept.push(key)
    return
  }
  const tables = generateTables({ year: YEAR, notices: EXAMPLE_NOTICES, applications: EXAMPLE_APPLICATIONS, now: new Date('2026-01-12T02:00:00.000Z') })
  await payload.create({
    collection: 'open-government-reports',
    data: {
      year: YEAR,
      example: true,
      overview: lexicalParagraphs([
        '（示例）2025 年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，以生育支持、计划生育奖励扶助和艾滋病防治政策为重点做好主动公开，依法办理政府信息公开申请。',
        '- 主动公开：全年在本网站发布政策文件和政策解读，规范性文件均配发解读。',
        '- 依申请公开：全年新收申请 12 件，上年结转 1 件；已办结的均在法定期限内答复，1 件结转下年度继续办理。',
        '- 平台建设：政府信息公开专栏增设年度报告和统计表格下载，页面支持手机和读屏软件访问。',
      ]),
      remedies: { reconsideration: { upheld: 1, corrected: 0, other: 0, pending: 0 }, litigationDirect: { upheld: 0, corrected: 0, other: 0, pending: 1 } },
      problems: lexicalParagraphs(['（示例）部分答复书对不予公开理由的说明不够具体。2026 年将组织答复书写培训，并对答复书进行抽查。']),
      otherMatters: lexicalParagraphs(['（示例）本机关 2025 年未收取信息处理费。']),
      tables,
      // Published by 31 January, as the Regulations ask (Art. 49).
      publishedAt: '2026-01-20T02:00:00.000Z',
      _status: 'published',
    } as never,
    context: { disableRevalidate: true },
  })
  report.created.push(key)
}
