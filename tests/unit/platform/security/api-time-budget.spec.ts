import { describe, expect, it } from 'vitest'
import { hasTimeBudget, TIME_BUDGET_MESSAGE, withinTimeBudget } from '@/platform/security/api-time-budget'

const request = (method: string, path: string, headers: Record<string, string> = {}) => new Request(`http://localhost${path}`, { method, headers })

describe('the API time budget', () => {
  it('applies to reads only', () => {
    expect(hasTimeBudget(request('GET', '/api/policy-notices'))).toBe(true)
    expect(hasTimeBudget(request('POST', '/api/graphql'))).toBe(true)
    expect(hasTimeBudget(request('POST', '/api/policy-notices', { 'X-Payload-HTTP-Method-Override': 'GET' }))).toBe(true)
    expect(hasTimeBudget(request('POST', '/api/service-stations/import'))).toBe(false)
    expect(hasTimeBudget(request('PATCH', '/api/feedback/1'))).toBe(false)
    expect(hasTimeBudget(request('GET', '/api/audit-log/export.csv'))).toBe(false)
  })

  it('answers 503 in Chinese when the answer is late, and passes a timely one through', async () => {
    const late = await withinTimeBudget(new Promise<Response>(() => {}), 20)
    expect(late.status).toBe(503)
    expect(late.headers.get('retry-after')).toBe('5')
    expect(JSON.stringify(await late.json())).toContain(TIME_BUDGET_MESSAGE)
    const timely = await withinTimeBudget(Promise.resolve(new Response('ok')), 1000)
    expect(await timely.text()).toBe('ok')
  })
})
