import { commitTransaction, initTransaction, killTransaction, type PayloadHandler } from 'payload'
import { generateReportTables } from '@/features/annual-reports/server/generate-tables'
import { isCrossSite } from '@/platform/security/cross-site'
import { CROSS_SITE_MESSAGE } from '@/platform/security/rules/cross-site-request'

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

/** POST /api/open-government-reports/:id/generate-tables — 按本年数据生成表格, count and save in one transaction. */
export const generateTables: PayloadHandler = async (req) => {
  if (isCrossSite({ method: req.method ?? 'POST', headers: req.headers })) return json({ error: CROSS_SITE_MESSAGE }, 403)
  const id = req.routeParams?.id
  if (typeof id !== 'string' && typeof id !== 'number') return json({ error: '缺少报告编号。' }, 400)
  const ownTransaction = await initTransaction(req)
  try {
    const outcome = await generateReportTables(req, id)
    if (ownTransaction) await (outcome.ok ? commitTransaction(req) : killTransaction(req))
    return outcome.ok ? json({ message: outcome.message }) : json({ error: outcome.message }, outcome.status)
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    const message = (error as { isPublic?: boolean })?.isPublic ? (error as Error).message : '表格未能生成，请稍后再试。'
    return json({ error: message }, 400)
  }
}
