import type { AfterErrorHook } from 'payload'
import { databaseOutage, noteDatabaseError } from './database-health'

export const DATABASE_OUTAGE_MESSAGE = '网站的数据服务暂时无法访问，本次请求没有执行，请稍后再试。'

/**
 * An API request that failed because the database is unreachable answers 503 with a retry hint,
 * not 500, and turns on the proxy's 503 page for everyone until the database is back
 * (src/platform/database/database-health.ts).
 */
export const answerDatabaseOutage: AfterErrorHook = ({ error }) => {
  if (!noteDatabaseError(error)) return
  return { status: 503, response: { errors: [{ message: DATABASE_OUTAGE_MESSAGE }], retryAfter: databaseOutage()?.retryAfter } }
}
