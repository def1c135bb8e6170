import { POLICY_TOPICS } from '@/features/policies/rules/policy-topics'
import { againstYear } from './report-year'
import { sumRows, type ReportTable } from './report-table'

/** What the count needs of a policy notice (its published version). */
export type NoticeFacts = {
  kind: string | null | undefined
  topic: string | null | undefined
  validity: string | null | undefined
  datePublished: string | null | undefined
  withdrawn?: boolean | null
}

const COLUMNS = ['本年发布政策文件', '本年发布政策解读', '现行有效政策文件']

/**
 * 主动公开政府信息情况, from the published notices: per 主题分类, the documents and interpretations
 * published in the year (by 发布日期, Beijing time) and the documents in force that were published
 * by the year's end. Withdrawn notices (published in error) are not counted.
 */
export function proactiveDisclosureTable(notices: NoticeFacts[], year: number): ReportTable {
  const counted = notices.filter((notice) => !notice.withdrawn)
  const figures = POLICY_TOPICS.map((topic) => {
    const ofTopic = counted.filter((notice) => notice.topic === topic.value)
    const publishedIn = (kind: string) => ofTopic.filter((n) => (n.kind ?? 'document') === kind && againstYear(n.datePublished, year) === 'in').length
    const inForce = ofTopic.filter((n) => (n.kind ?? 'document') === 'document' && n.validity === 'in-force' && ['before', 'in'].includes(againstYear(n.datePublished, year) ?? '')).length
    return { topic, values: [publishedIn('document'), publishedIn('interpretation'), inForce] }
  })
  return {
    key: 'proactive',
    caption: '主动公开政府信息情况（按主题分类）',
    corner: '主题分类',
    columns: COLUMNS.map((label) => ({ label })),
    rows: [
      ...figures.map(({ topic, values }) => ({ key: topic.value, label: topic.label, level: 1, values })),
      { key: 'total', label: '合计', level: 1, values: sumRows(figures.map((f) => f.values), COLUMNS.length), total: true },
    ],
  }
}
