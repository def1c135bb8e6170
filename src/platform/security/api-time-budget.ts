/**
 * The longest an API request may keep its caller waiting. The ceilings on conditions and paging
 * (rules/query-cost.ts) make every request cheap; this is the net under what they miss (a slow
 * database, a pathological filter): the caller gets a 503 in Chinese and may retry, instead of
 * holding a connection open. The work itself is not cancelled (Payload takes no abort signal).
 */
export const API_TIME_BUDGET_MS = Number(process.env.API_TIME_BUDGET_MS) || 10_000
export const TIME_BUDGET_MESSAGE = '请求处理时间过长，已停止等待，请稍后再试或缩小查询范围。'

/**
 * Reads only: GET, GraphQL and Payload's method-override reads. Writes by staff (an import of
 * thousands of stations) may take long and must not be reported as failed while they complete,
 * nor downloads built whole (the audit log's CSV export).
 */
export function hasTimeBudget(request: Request): boolean {
  const { pathname } = new URL(request.url)
  if (request.method === 'GET') return !pathname.endsWith('.csv')
  if (request.method !== 'POST') return false
  if (/^\/api\/graphql\/?$/.test(pathname)) return true
  return [request.headers.get('x-payload-http-method-override'), request.headers.get('x-http-method-override')].includes('GET')
}

export async function withinTimeBudget(answer: Promise<Response>, budgetMs = API_TIME_BUDGET_MS): Promise<Response> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<Response>((resolve) => {
    timer = setTimeout(
      () => resolve(Response.json({ errors: [{ message: TIME_BUDGET_MESSAGE }] }, { status: 503, headers: { 'Cache-Control': 'no-store', 'Retry-After': '5' } })),
      budgetMs,
    )
    timer.unref?.()
  })
  try {
    return await Promise.race([answer, late])
  } finally {
    clearTimeout(timer)
  }
}
