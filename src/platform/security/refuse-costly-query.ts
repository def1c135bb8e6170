import config from '@payload-config'
import { graphqlCostRefusal } from './graphql-limits'
import { pagingRefusal, queryStringWhereCost, whereCost, whereCostRefusal } from './rules/query-cost'
import { unsupportedRoute, type ApiShape } from './rules/unsupported-route'

/**
 * GraphQL stays on: the README offers it beside REST as the site's API, and with these ceilings it
 * costs no more than REST (README, "API limits"). Its body is capped: a query within the ceilings
 * is a few kilobytes, and nothing longer is read or parsed.
 */
export const GRAPHQL_MAX_BODY_BYTES = 16 * 1024
export const GRAPHQL_BODY_MESSAGE = `GraphQL 查询内容过长（最多 ${GRAPHQL_MAX_BODY_BYTES / 1024} KB），请简化后再查询。`
/** A query string sent as a POST body (Payload's method override) is capped like an address. */
const OVERRIDE_MAX_BODY_BYTES = 64 * 1024

export type Refusal = { message: string; status: number }

const GRAPHQL_PATH = /^\/api\/graphql\/?$/

/** Reads at most `limit` bytes of the request's body (from a clone); null when it is longer. */
async function boundedText(request: Request, limit: number): Promise<string | null> {
  const declared = Number(request.headers.get('content-length') ?? NaN)
  if (declared > limit) return null
  if (!request.body) return ''
  const reader = request.clone().body!.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

let shape: Promise<ApiShape> | undefined
const apiShape = () =>
  (shape ??= config.then((resolved) => ({
    collections: resolved.collections.map((entry) => ({ slug: entry.slug, versions: Boolean(entry.versions), verify: Boolean(entry.auth?.verify) })),
    globals: resolved.globals.map((entry) => ({ slug: entry.slug, versions: Boolean(entry.versions) })),
  })))

const isMethodOverrideRead = (request: Request) =>
  request.method === 'POST' && [request.headers.get('x-payload-http-method-override'), request.headers.get('x-http-method-override')].includes('GET')

/**
 * Collections read whole through the API, exempt from the page ceiling: the retired addresses,
 * which the proxy loads in one request (src/platform/publishing/withdrawal/retired-address-table.ts);
 * public, a few short columns per row.
 */
const READ_WHOLE = new Set(['retired-addresses'])
const COLLECTION_OF = /^\/api\/([^/]+)/

/** The ceilings of a REST request: conditions, then the paging of reads. */
function restRefusal(pathname: string, params: URLSearchParams, read: boolean): string | null {
  const pagedRead = read && !READ_WHOLE.has(COLLECTION_OF.exec(pathname)?.[1] ?? '')
  return whereCostRefusal(queryStringWhereCost(params)) ?? (pagedRead ? pagingRefusal({ limit: params.get('limit') ?? undefined, page: params.get('page') ?? undefined, pagination: params.get('pagination') ?? undefined }) : null)
}

/**
 * What one API request may cost, checked before Payload parses anything: the GraphQL body size,
 * then its conditions and paging (graphql-limits.ts, with the variables), and for REST the
 * `where` conditions of every method and the paging of reads, in the address or in a
 * method-override body. Also the addresses Payload would answer with a 500.
 */
export async function costlyQueryRefusal(request: Request): Promise<Refusal | null> {
  const url = new URL(request.url)
  if (GRAPHQL_PATH.test(url.pathname)) {
    if (request.method !== 'POST') return null
    const text = await boundedText(request, GRAPHQL_MAX_BODY_BYTES)
    if (text === null) return { message: GRAPHQL_BODY_MESSAGE, status: 413 }
    let body: { query?: unknown; variables?: unknown } | null = null
    try {
      body = JSON.parse(text)
    } catch {
      return null
    }
    const message = body && typeof body === 'object' ? graphqlCostRefusal(body.query, body.variables) : null
    return message ? { message, status: 400 } : null
  }
  const route = unsupportedRoute(url.pathname, await apiShape())
  if (route) return { message: route, status: 404 }
  const inAddress = restRefusal(url.pathname, url.searchParams, request.method === 'GET')
  if (inAddress) return { message: inAddress, status: 400 }
  if (!isMethodOverrideRead(request)) return null
  const text = await boundedText(request, OVERRIDE_MAX_BODY_BYTES)
  if (text === null) return { message: '查询内容过长，请简化后再查询。', status: 413 }
  const type = request.headers.get('content-type') ?? ''
  if (type.startsWith('application/x-www-form-urlencoded')) {
    const inBody = restRefusal(url.pathname, new URLSearchParams(text), true)
    return inBody ? { message: inBody, status: 400 } : null
  }
  if (type.startsWith('application/json')) {
    let data: { where?: unknown; limit?: unknown; page?: unknown; pagination?: unknown } | null = null
    try {
      data = JSON.parse(text)
    } catch {
      return null
    }
    const inBody = data && typeof data === 'object' ? (whereCostRefusal(whereCost(data.where ?? {})) ?? (READ_WHOLE.has(COLLECTION_OF.exec(url.pathname)?.[1] ?? '') ? null : pagingRefusal(data))) : null
    return inBody ? { message: inBody, status: 400 } : null
  }
  return null
}
