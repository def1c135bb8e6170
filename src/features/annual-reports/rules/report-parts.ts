import { numbered } from './report-table'

/**
 * The six parts of a report in the national template's order (国办公开办函〔2021〕30号): three
 * written by staff, two tables counted from the site's data, one table entered by staff. One list
 * for the collection's fields and the page's headings.
 */
export const REPORT_PARTS = [
  { key: 'overview', heading: '总体情况', source: 'written' },
  { key: 'proactive', heading: '主动公开政府信息情况', source: 'generated' },
  { key: 'applications', heading: '收到和处理政府信息公开申请情况', source: 'generated' },
  { key: 'remedies', heading: '政府信息公开行政复议、行政诉讼情况', source: 'entered' },
  { key: 'problems', heading: '存在的主要问题及改进情况', source: 'written' },
  { key: 'otherMatters', heading: '其他需要报告的事项', source: 'written' },
] as const

export type ReportPart = (typeof REPORT_PARTS)[number]
export type WrittenPartKey = Extract<ReportPart, { source: 'written' }>['key']

export const WRITTEN_PARTS = REPORT_PARTS.filter((part): part is Extract<ReportPart, { source: 'written' }> => part.source === 'written')

/** 一、总体情况 …: a part's heading with its number. */
export const partHeading = (part: ReportPart) => numbered(1, REPORT_PARTS.indexOf(part), part.heading)
