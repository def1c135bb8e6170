import type { PayloadRequest } from 'payload'
import { generateTables, reportYearProblem, type GeneratedTables } from '@/features/annual-reports/rules'
import { hasRole } from '@/platform/access/roles'
import { reportFacts } from './report-facts'

/** Set on the request while the tables are written: the only way the `tables` field accepts a value. */
export const GENERATING_TABLES = 'annualReports.generatingTables'

export type GenerateOutcome = { ok: true; message: string; tables: GeneratedTables } | { ok: false; message: string; status: number }

/**
 * 按本年数据生成表格: counts the year's notices and applications and saves the tables into the
 * report's draft as `req.user`, who thereby becomes its last editor (another person publishes it).
 * Publishing freezes them: the public page and CSV read only what was stored. Pass the request
 * of a transaction to have the count and the save in it.
 */
export async function generateReportTables(req: PayloadRequest, id: string | number, now = new Date()): Promise<GenerateOutcome> {
  const user = req.user
  if (!user || user.collection !== 'users') return { ok: false, message: '请先以工作人员账号登录。', status: 401 }
  if (!hasRole(user, 'admin', 'editor', 'reviewer')) return { ok: false, message: '只有编辑、审核员和管理员可以生成年度报告的表格。', status: 403 }
  const report = await req.payload
    .findByID({ collection: 'open-government-reports', id, draft: true, depth: 0, overrideAccess: false, user, req })
    .catch(() => null)
  if (!report) return { ok: false, message: '找不到这份年度报告，或您无权查看。', status: 404 }
  const problem = reportYearProblem(report.year, now)
  if (problem) return { ok: false, message: problem, status: 400 }

  const tables = generateTables({ year: report.year, ...(await reportFacts(req, report.year)), now })
  req.context[GENERATING_TABLES] = true
  try {
    await req.payload.update({ collection: 'open-government-reports', id, data: { tables }, draft: true, depth: 0, overrideAccess: false, user, req })
  } finally {
    delete req.context[GENERATING_TABLES]
  }
  return { ok: true, message: `已按 ${report.year} 年的数据生成表格，请核对后提交审核。`, tables }
}
