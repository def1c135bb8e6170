import type { PayloadRequest } from 'payload'
import { hasRole } from '@/platform/access/roles'
import { decodeCsvBytes } from '@/features/stations/rules'
import type { User } from '@/payload-types'
import { errorResponse, ImportRequestError, readImportInput } from '@collections/PolicyNotices/endpoints/importRequest'

/** The signed-in staff member allowed to change stations (the collection's create rule); else 401/403. */
export function requireStationEditor(req: PayloadRequest): User {
  if (!req.user) throw new ImportRequestError(401, '请先登录后台。')
  if (!hasRole(req.user, 'admin', 'editor', 'reviewer')) throw new ImportRequestError(403, '只有管理员、编辑和审核员可以导入服务网点。')
  return req.user as User
}

/** The CSV a request carries (pasted `{ text }` or uploaded `{ base64, fileName }`), and its options. */
export async function readStationCsvRequest(req: PayloadRequest) {
  // The body is read once; `publish` travels in the query string so the shared reader can stay as it is.
  const input = await readImportInput(req)
  const publish = req.searchParams?.get('publish') === '1'
  return { text: decodeCsvBytes(input.bytes), fileName: input.fileName, publish }
}

export async function answerStationImport(req: PayloadRequest, run: () => Promise<Response>): Promise<Response> {
  try {
    return await run()
  } catch (error) {
    if (error instanceof ImportRequestError) return errorResponse(error.status, error.message)
    req.payload.logger.error({ err: error, msg: 'Station import endpoint failed' })
    return errorResponse(500, '服务器处理导入时出错，请稍后再试或联系管理员。')
  }
}
