import config from '@payload-config'
import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

/**
 * Calls Payload's real REST and GraphQL route handlers, the same functions the Next routes
 * export, with real Request objects: no server needed, nothing mocked.
 */
const handlers = { GET: REST_GET(config), POST: REST_POST(config), PATCH: REST_PATCH(config), DELETE: REST_DELETE(config) }

export async function rest(method: keyof typeof handlers, path: string, options: { token?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const url = new URL(`http://localhost/api${path}`)
  const headers = new Headers({ 'Content-Type': 'application/json', ...options.headers })
  if (options.token) headers.set('Authorization', `JWT ${options.token}`)
  const request = new Request(url, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
  // Kept byte for byte: Response.text() would drop a leading byte-order mark (CSV downloads have one).
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer())
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let json: any = null
  try {
    json = JSON.parse(text)
  } catch {
    // Not JSON (a CSV download): read `text`.
  }
  return { status: response.status, json, text, headers: response.headers }
}

const graphqlHandler = GRAPHQL_POST(config)

export async function graphql(query: string, token?: string, extraHeaders: Record<string, string> = {}) {
  const headers = new Headers({ 'Content-Type': 'application/json', ...extraHeaders })
  if (token) headers.set('Authorization', `JWT ${token}`)
  const response = await graphqlHandler(
    new Request('http://localhost/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query }) }),
  )
  return { status: response.status, json: await response.json() }
}
