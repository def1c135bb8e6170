import type { PayloadRequest } from 'payload'
import { hasRole } from '@/platform/access/roles'
import { decodeNoticeBytes, NoticeImportError, parseNoticeText, type ParsedNotice } from '@/features/policies/rules/notice-text'
import type { User } from '@/payload-types'

/** Largest legacy text accepted, after base64 decoding (or as UTF-8 when pasted). */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024
// The JSON body is larger than the file: base64 adds a third, JSON escapes add a little more.
// Anything beyond this cannot hold a file within the limit and is refused before parsing.
const MAX_BODY_BYTES = 4 * MAX_IMPORT_BYTES
const MAX_FILE_NAME_LENGTH = 200
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/
const DATA_URL_PREFIX = /^data:[^,]*;base64,/i

export const MESSAGES = {
  anonymous: '请先登录后台。',
  forbidden: '只有管理员、编辑和审核员可以导入政策文件。',
  tooLarge: '文件超过 2 MB，无法导入；请拆分或精简后再试。',
  invalidJson: '请求内容不是有效的 JSON。',
  notObject: '请求内容应为一个 JSON 对象，例如 { "text": "…" }。',
  textType: '“text”（粘贴的文本）必须是字符串。',
  base64Type: '“base64”（文件内容）必须是字符串。',
  fileNameType: '“fileName”（文件名）必须是字符串。',
  both: '请只提供粘贴的文本或上传的文件，二者选一。',
  missing: '请粘贴文本或选择一个文本文件。',
  invalidBase64: '上传的文件内容不是有效的 base64 编码。',
} as const

export type ImportInput = { bytes: Uint8Array; fileName: string }

/** A refusal the endpoints send as it is: `{ error }` with a 4xx status. */
export class ImportRequestError extends Error {
  readonly status: number

  constructor(status: number, message: string) {
    super(message)
    this.name = 'ImportRequestError'
    this.status = status
  }
}

export const errorResponse = (status: number, error: string, extra: Record<string, unknown> = {}) =>
  Response.json({ error, ...extra }, { status })

/** The signed-in staff member allowed to write notices; otherwise a 401 or 403 refusal. */
export function requireContentEditor(req: PayloadRequest): User {
  if (!req.user) throw new ImportRequestError(401, MESSAGES.anonymous)
  if (!hasRole(req.user, 'admin', 'editor', 'reviewer')) throw new ImportRequestError(403, MESSAGES.forbidden)
  return req.user as User
}

/** Reads the body as text, refusing it as soon as it grows beyond `limit` bytes. */
async function readBodyText(req: PayloadRequest, limit: number): Promise<string> {
  const declared = Number(req.headers?.get('content-length'))
  if (Number.isFinite(declared) && declared > limit) throw new ImportRequestError(413, MESSAGES.tooLarge)
  const stream = req.body
  if (!stream) return ''
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > limit) {
      await reader.cancel().catch(() => undefined)
      throw new ImportRequestError(413, MESSAGES.tooLarge)
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new ImportRequestError(400, MESSAGES.invalidJson)
  }
}

function cleanFileName(name: string | undefined, fallback: string): string {
  // Only the last path segment, without control characters; the name is only ever shown.
  const base = (name ?? '').split(/[\\/]/).pop() ?? ''
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, MAX_FILE_NAME_LENGTH)
  return clean || fallback
}

function decodeBase64(value: string): Uint8Array {
  const compact = value.replace(DATA_URL_PREFIX, '').replace(/\s+/g, '')
  if (!BASE64.test(compact) || compact.length % 4 === 1) throw new ImportRequestError(400, MESSAGES.invalidBase64)
  const padding = compact.endsWith('==') ? 2 : compact.endsWith('=') ? 1 : 0
  const decodedLength = Math.floor((compact.length * 3) / 4) - padding
  if (decodedLength > MAX_IMPORT_BYTES) throw new ImportRequestError(413, MESSAGES.tooLarge)
  return new Uint8Array(Buffer.from(compact, 'base64'))
}

const isAbsent = (value: unknown) => value === undefined || value === null

/**
 * The legacy text a request carries: `{ text }` pasted, or `{ base64, fileName }` read from a
 * file by the browser. Bad input becomes an ImportRequestError (400 or 413), never a crash.
 */
export async function readImportInput(req: PayloadRequest): Promise<ImportInput> {
  const raw = await readBodyText(req, MAX_BODY_BYTES)
  let body: unknown
  try {
    body = JSON.parse(raw)
  } catch {
    throw new ImportRequestError(400, MESSAGES.invalidJson)
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new ImportRequestError(400, MESSAGES.notObject)
  const { text, base64, fileName } = body as Record<string, unknown>
  if (!isAbsent(text) && typeof text !== 'string') throw new ImportRequestError(400, MESSAGES.textType)
  if (!isAbsent(base64) && typeof base64 !== 'string') throw new ImportRequestError(400, MESSAGES.base64Type)
  if (!isAbsent(fileName) && typeof fileName !== 'string') throw new ImportRequestError(400, MESSAGES.fileNameType)
  const name = (fileName as string | null | undefined) ?? undefined

  if (typeof text === 'string' && typeof base64 === 'string') throw new ImportRequestError(400, MESSAGES.both)
  if (typeof base64 === 'string') return { bytes: decodeBase64(base64), fileName: cleanFileName(name, '上传的文件.txt') }
  if (typeof text === 'string') {
    const bytes = new TextEncoder().encode(text)
    if (bytes.byteLength > MAX_IMPORT_BYTES) throw new ImportRequestError(413, MESSAGES.tooLarge)
    return { bytes, fileName: cleanFileName(name, '粘贴的文本') }
  }
  throw new ImportRequestError(400, MESSAGES.missing)
}

/** Runs an endpoint body, turning refusals into their responses. */
export async function answerImportRequest(req: PayloadRequest, run: () => Promise<Response>): Promise<Response> {
  try {
    return await run()
  } catch (error) {
    if (error instanceof ImportRequestError) return errorResponse(error.status, error.message)
    req.payload.logger.error({ err: error, msg: 'Notice import endpoint failed' })
    return errorResponse(500, '服务器处理导入时出错，请稍后再试或联系管理员。')
  }
}

export const noticeAdminUrl = (req: PayloadRequest, id: number | string) =>
  `${req.payload.config.routes.admin}/collections/policy-notices/${id}`

/** The parsed notice, or a 400 with the parser's Chinese message (empty, binary, no title). */
export function parseImportedText(bytes: Uint8Array): ParsedNotice {
  try {
    return parseNoticeText(decodeNoticeBytes(bytes))
  } catch (error) {
    if (error instanceof NoticeImportError) throw new ImportRequestError(400, error.message)
    throw new ImportRequestError(400, `无法解析该文本：${error instanceof Error ? error.message : String(error)}`)
  }
}
