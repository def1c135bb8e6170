import { ORGANISATION_KINDS } from '@/features/disclosure/rules'
import { OUTCOME_KEYS, OUTCOME_SECTIONS, outcomeKeyOf } from './application-outcomes'
import { againstYear } from './report-year'
import { numbered, sumRows, withTotal, type ReportRow, type ReportTable } from './report-table'

/** What the count needs of an application for government information. */
export type ApplicationFacts = {
  applicantType: string
  organisationKind?: string | null
  receivedAt: string
  status: string
  answerType?: string | null
  answerReason?: string | null
  /** When it was answered or lapsed; null while it is still being handled. */
  finishedAt?: string | null
}

/** The applicant columns: 自然人, then 法人或其他组织 by kind (an organisation of no known kind is 其他). */
const APPLICANT_COLUMNS = ['citizen', ...ORGANISATION_KINDS.map((kind) => kind.value)]

function columnOf(application: ApplicationFacts): number {
  if (application.applicantType !== 'organisation') return 0
  const index = APPLICANT_COLUMNS.indexOf(application.organisationKind ?? '')
  return index > 0 ? index : APPLICANT_COLUMNS.length - 1
}

/** When an application was finished: the answer's date, or (for a lapse, the last step) its timeline's last entry. */
export function finishedAtOf(doc: { status?: string | null; answer?: { answeredAt?: string | null } | null; timeline?: { at: string }[] | null }): string | null {
  if (doc.status === 'answered') return doc.answer?.answeredAt ?? null
  if (doc.status === 'lapsed') return (doc.timeline ?? []).map((entry) => entry.at).sort().at(-1) ?? null
  return null
}

/**
 * 收到和处理政府信息公开申请情况 for a year (Beijing time): received in the year; carried over from
 * before (received earlier, not finished when the year began); finished in the year, by outcome;
 * carried into the next year (received by the year's end, not finished by then). A finished
 * application without a date counts as finished when it was received.
 */
export function applicationTable(applications: ApplicationFacts[], year: number): ReportTable {
  const width = APPLICANT_COLUMNS.length
  const blank = () => new Array<number>(width).fill(0)
  const counts = new Map<string, number[]>(['new', 'carried-in', 'carried-out', ...OUTCOME_KEYS].map((key) => [key, blank()]))
  const add = (key: string, application: ApplicationFacts) => counts.get(key)![columnOf(application)]++

  for (const application of applications) {
    const received = againstYear(application.receivedAt, year)
    if (!received || received === 'after') continue
    const finished = application.finishedAt || (application.status === 'answered' || application.status === 'lapsed' ? application.receivedAt : null)
    const finishedWhen = finished ? againstYear(finished, year) : 'after'
    if (received === 'in') add('new', application)
    if (received === 'before' && finishedWhen !== 'before') add('carried-in', application)
    if (finishedWhen === 'in') add(outcomeKeyOf(application.status, application.answerType, application.answerReason), application)
    if (finishedWhen === 'after') add('carried-out', application)
  }

  const row = (key: string, label: string, level: number, values: number[] | null, total?: boolean): ReportRow => ({ key, label, level, values: values && withTotal(values), ...(total ? { total } : {}) })
  const outcomeRows = OUTCOME_SECTIONS.flatMap((section, index) => {
    const keys = section.reasons.length === 0 ? [section.key] : section.reasons.map((reason) => `${section.key}:${reason.value}`)
    const sum = sumRows(keys.map((key) => counts.get(key)!), width)
    return [
      row(section.key, numbered(2, index, section.label), 2, sum),
      ...section.reasons.map((reason, i) => row(`${section.key}:${reason.value}`, numbered(3, i, reason.label), 3, counts.get(`${section.key}:${reason.value}`)!)),
    ]
  })
  const results = sumRows(OUTCOME_KEYS.map((key) => counts.get(key)!), width)
  return {
    key: 'applications',
    caption: '收到和处理政府信息公开申请情况',
    corner: '申请情况',
    columns: [
      { label: '自然人' },
      ...ORGANISATION_KINDS.map((kind) => ({ label: kind.label, group: '法人或其他组织' })),
      { label: '总计' },
    ],
    rows: [
      row('new', numbered(1, 0, '本年新收政府信息公开申请数量'), 1, counts.get('new')!),
      row('carried-in', numbered(1, 1, '上年结转政府信息公开申请数量'), 1, counts.get('carried-in')!),
      row('results', numbered(1, 2, '本年度办理结果'), 1, null),
      ...outcomeRows,
      row('results-total', numbered(2, OUTCOME_SECTIONS.length, '总计'), 2, results, true),
      row('carried-out', numbered(1, 3, '结转下年度继续办理'), 1, counts.get('carried-out')!),
    ],
  }
}
