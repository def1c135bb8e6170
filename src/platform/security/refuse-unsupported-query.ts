import fs from 'node:fs/promises'
import path from 'node:path'
import config from '@payload-config'
import { hasMalformedPartHeader, MALFORMED_FORM_MESSAGE, multipartBoundary } from './rules/multipart-headers'
import { unsupportedQuery } from './rules/unsupported-query'
import { hasTimeBudget, withinTimeBudget } from './api-time-budget'
import { costlyQueryRefusal } from './refuse-costly-query'
import { DATABASE_OUTAGE_MESSAGE } from '@/platform/database/answerDatabaseOutage'
import { databaseOutage } from '@/platform/database/database-health'

type RestHandler<Args extends unknown[]> = (request: Request, ...rest: Args) => Promise<Response>

const refuse = (message: string, status: number, headers: Record<string, string> = {}) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store', ...headers } })

const FILE_PATH = /^\/api\/([^/]+)\/file\/(.+)$/

/**
 * Payload answers a file address with no file on disk (`/api/media/file/nope.png`) with a 500, on
 * purpose (it logs the case). Once Payload has answered, and only then (so access checks come first
 * and a 404 says nothing about private files), that answer becomes a 404.
 */
async function isMissingFile(request: Request): Promise<boolean> {
  const match = FILE_PATH.exec(new URL(request.url).pathname)
  if (!match) return false
  let filename: string
  try {
    filename = decodeURIComponent(match[2])
  } catch {
    return true
  }
  // No file name holds a NUL; Node refuses such a path outright (and Payload then answers 500).
  if (filename.includes('\0')) return true
  const collection = (await config).collections.find((entry) => entry.slug === match[1])
  const staticDir = collection?.upload ? collection.upload.staticDir || collection.slug : null
  if (!staticDir) return false
  const directory = path.resolve(staticDir)
  const filePath = path.resolve(directory, filename)
  if (!filePath.startsWith(directory + path.sep)) return true
  return fs.stat(filePath).then(
    () => false,
    (error: NodeJS.ErrnoException) => ['ENOENT', 'ENOTDIR', 'ENAMETOOLONG', 'ERR_INVALID_ARG_VALUE'].includes(error.code ?? ''),
  )
}

/**
 * Wraps a Payload REST or GraphQL handler so that what its database adapter or body parser cannot
 * handle gets a 4xx with a Chinese message, not a 500: filters it cannot run, compressed bodies
 * (nothing here inflates them, so they would be parsed as garbage; also no gzip bombs), forms whose
 * part headers its multipart parser rejects, and addresses of files missing on disk. Costly
 * requests are refused before Payload parses them (refuse-costly-query.ts), and no read keeps its
 * caller waiting longer than the time budget (api-time-budget.ts). While the
 * database is unreachable, every request gets a 503 with Retry-After before anything runs.
 */
export function refuseUnsupportedQuery<Args extends unknown[]>(handler: RestHandler<Args>): RestHandler<Args> {
  return async (request, ...rest) => {
    const outage = databaseOutage()
    if (outage) return refuse(DATABASE_OUTAGE_MESSAGE, 503, { 'Retry-After': String(outage.retryAfter) })
    const encoding = request.headers.get('content-encoding')?.trim().toLowerCase()
    if (encoding && encoding !== 'identity') return refuse('不支持压缩的请求内容，请直接提交。', 415)
    const message = unsupportedQuery(new URL(request.url).searchParams)
    if (message) return refuse(message, 400)
    const costly = await costlyQueryRefusal(request)
    if (costly) return refuse(costly.message, costly.status)
    const boundary = multipartBoundary(request.headers.get('content-type'))
    if (boundary && request.body) {
      const body = new Uint8Array(await request.clone().arrayBuffer())
      if (hasMalformedPartHeader(body, boundary)) return refuse(MALFORMED_FORM_MESSAGE, 400)
    }
    const answer = handler(request, ...rest)
    const response = hasTimeBudget(request) ? await withinTimeBudget(answer) : await answer
    // Payload's afterError hook (src/platform/database/answerDatabaseOutage.ts) sets 503 but no Retry-After.
    if (response.status === 503 && !response.headers.has('retry-after')) {
      const headers = new Headers(response.headers)
      headers.set('Retry-After', String(databaseOutage()?.retryAfter ?? 5))
      return new Response(response.body, { status: 503, headers })
    }
    if (request.method === 'GET' && response.status === 500 && (await isMissingFile(request))) {
      return refuse('找不到该文件，它可能已被删除。', 404)
    }
    return response
  }
}
