/**
 * Requests that cost the server far more than they cost the sender (issue 18): each must be
 * refused with a 4xx in Chinese before any real work, while everyone else is served as usual.
 */
export type CostlyRequest = { name: string; path: string; init?: RequestInit }

/** Refused by the HTTP server itself, before any code of ours runs: no body, so no Chinese text. */
export const refusedBeforeTheSite = (status: number) => status === 414 || status === 431

const ors = (count: number) => Array.from({ length: count }, (_, index) => `where[or][${index}][title][equals]=x${index}`).join('&')
const graphql = (query: string, variables: Record<string, unknown> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ query, variables }),
})
const orConditions = (count: number) => Array.from({ length: count }, (_, index) => ({ title: { equals: `x${index}` } }))
const nested = (depth: number) => `where${'[or][0]'.repeat(depth)}[title][equals]=x`

export const costlyRequests: CostlyRequest[] = [
  { name: 'GraphQL: 20,000 OR conditions in the document (517 KB)', path: '/api/graphql', init: graphql(`{ PolicyNotices(where: { OR: [${orConditions(20_000).map((c) => `{ title: { equals: "${c.title.equals}" } }`).join(',')}] }) { totalDocs } }`) },
  { name: 'GraphQL: 1,000 OR conditions in a variable (over the body cap)', path: '/api/graphql', init: graphql('query($w: PolicyNotice_where) { PolicyNotices(where: $w) { totalDocs } }', { w: { OR: Array.from({ length: 1_000 }, (_, id) => ({ id: { equals: id } })) } }) },
  { name: 'GraphQL: 200 OR conditions in a variable', path: '/api/graphql', init: graphql('query($w: PolicyNotice_where) { PolicyNotices(where: $w) { totalDocs } }', { w: { OR: Array.from({ length: 200 }, (_, id) => ({ id: { equals: id } })) } }) },
  { name: 'GraphQL: 20 aliases with limit 100,000', path: '/api/graphql', init: graphql(`{ ${Array.from({ length: 20 }, (_, i) => `a${i}: PolicyNotices(limit: 100000) { docs { id title } }`).join(' ')} }`) },
  { name: 'GraphQL: 5 aliases of 30 conditions each', path: '/api/graphql', init: graphql(`{ ${Array.from({ length: 5 }, (_, i) => `a${i}: PolicyNotices(where: { OR: [${orConditions(30).map((c) => `{ title: { equals: "${c.title.equals}" } }`).join(',')}] }) { totalDocs }`).join(' ')} }`) },
  // 38 KB of address: Node's HTTP server (and nginx) refuse it before the site sees it, 431/414.
  { name: 'REST: 1,001 or clauses', path: `/api/policy-notices?${ors(1001)}` },
  { name: 'REST: 150 or clauses', path: `/api/policy-notices?${ors(150)}` },
  { name: 'REST: 1,001 or clauses in a method-override body', path: '/api/policy-notices', init: { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Payload-HTTP-Method-Override': 'GET' }, body: ors(1001) } },
  { name: 'REST: or groups nested 8 deep', path: `/api/policy-notices?${nested(8)}` },
  { name: 'REST: a list of 1,000 ids', path: `/api/policy-notices?where[id][in]=${Array.from({ length: 1000 }, (_, i) => i + 1).join(',')}` },
  { name: 'REST: limit=100000', path: '/api/policy-notices?limit=100000' },
  { name: 'REST: pagination=false', path: '/api/service-stations?pagination=false' },
  { name: 'REST: page 1,000,000', path: '/api/search-documents?page=1000000' },
  { name: 'REST: versions of a collection that keeps none', path: '/api/feedback/versions' },
  { name: 'REST: versions of a global that keeps none', path: '/api/globals/site-settings/versions' },
  { name: 'REST: e-mail verification that is not used', path: '/api/users/verify/x' },
]
