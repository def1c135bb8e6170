import type { Payload, Where } from 'payload'
import {
  decodeNoticeBytes,
  NoticeImportError,
  noticeToLexical,
  parseNoticeText,
  type ParsedNotice,
} from '@/features/policies/rules/notice-text'
import { isSameNotice } from '@/features/policies/rules/notice-identity'
import type { User } from '@/payload-types'

export type ImportOutcome = {
  file: string
  status: 'imported' | 'updated' | 'skipped' | 'failed'
  reason?: string
  title?: string
  documentNumber?: string
  id?: number | string
  warnings: string[]
}

export type ImportOptions = {
  publish?: boolean
  /** Staff member on whose behalf the admin imports; the CLI runs as the system (no user). */
  user?: User
}

/** The issuing authority: the 来源 line, or the part of the title before 关于. */
export function authorityOf(parsed: ParsedNotice): string {
  if (parsed.sourceAuthority) return parsed.sourceAuthority
  const beforeAbout = parsed.title.split('关于')[0]
  return beforeAbout && beforeAbout !== parsed.title ? beforeAbout : '成都市人口和计划生育委员会'
}

async function linksForReferences(payload: Payload, references: string[], access: object) {
  if (references.length === 0) return new Map<string, string>()
  const found = await payload.find({
    collection: 'policy-notices',
    where: { documentNumber: { in: references } },
    limit: references.length,
    depth: 0,
    pagination: false,
    select: { documentNumber: true, slug: true },
    ...access,
  })
  return new Map(found.docs.map((doc) => [doc.documentNumber ?? '', `/policies/${doc.slug}`]))
}

/** The notice's fields as the collection stores them, from a parsed text. */
export async function noticeData(payload: Payload, parsed: ParsedNotice, options: ImportOptions) {
  const access = options.user ? { overrideAccess: false, user: options.user } : { overrideAccess: true }
  const links = await linksForReferences(payload, parsed.references, access)
  const withAttachments: ParsedNotice = {
    ...parsed,
    blocks: parsed.attachments.length
      ? [...parsed.blocks, { type: 'paragraph', text: `附件：${parsed.attachments.join('；')}` }]
      : parsed.blocks,
  }
  return {
    title: parsed.title,
    documentNumber: parsed.documentNumber ?? null,
    addressees: parsed.addressees,
    issuingAuthority: authorityOf(parsed),
    dateWritten: parsed.dateWritten ?? new Date().toISOString().slice(0, 10),
    // Legacy notices were published when written; keep that date rather than the import date.
    datePublished: parsed.dateWritten,
    topic: 'family-planning' as const,
    validity: 'in-force' as const,
    kind: 'document' as const,
    body: noticeToLexical(withAttachments, { linkFor: (number) => links.get(number) }) as never,
    _status: options.publish ? ('published' as const) : ('draft' as const),
  }
}

type Access = { overrideAccess: boolean; user?: User }

/** The notice this text already is: by 文号, or, without one, by normalised title and date written. */
async function existingNotice(payload: Payload, parsed: ParsedNotice, access: Access) {
  const where: Where = parsed.documentNumber
    ? { documentNumber: { equals: parsed.documentNumber } }
    : parsed.dateWritten
      ? { and: [{ documentNumber: { exists: false } }, { dateWritten: { equals: parsed.dateWritten } }] }
      : { and: [{ documentNumber: { exists: false } }, { title: { contains: parsed.title.slice(0, 12) } }] }
  const found = await payload.find({ collection: 'policy-notices', where, limit: 50, depth: 0, draft: true, select: { _status: true, title: true, dateWritten: true }, ...access })
  return parsed.documentNumber ? found.docs[0] : found.docs.find((doc) => isSameNotice(doc, parsed))
}

/**
 * Imports one legacy text. The same notice never becomes a second one (the same 文号, or without
 * one the same title and date): a draft is updated, a published notice is left alone and reported
 * as a conflict.
 */
export async function importNoticeFile(payload: Payload, file: string, bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportOutcome> {
  let parsed: ParsedNotice
  try {
    parsed = parseNoticeText(decodeNoticeBytes(bytes))
  } catch (error) {
    const reason = error instanceof NoticeImportError ? error.message : `无法解析：${String(error)}`
    return { file, status: 'failed', reason, warnings: [] }
  }
  const base = { file, title: parsed.title, documentNumber: parsed.documentNumber, warnings: parsed.warnings }
  const access = options.user ? { overrideAccess: false, user: options.user } : { overrideAccess: true }
  const context = { disableRevalidate: !options.publish }
  const draft = options.publish ? {} : { draft: true as const }
  try {
    const data = await noticeData(payload, parsed, options)
    const current = await existingNotice(payload, parsed, access)
    if (current && current._status === 'published') {
      const same = parsed.documentNumber ? '已有同一发文字号的文件已发布' : '已有标题和成文日期相同的文件已发布'
      return { ...base, status: 'skipped', id: current.id, reason: `${same}，未覆盖；如需更新请在后台编辑。` }
    }
    if (current) {
      await payload.update({ collection: 'policy-notices', id: current.id, data, context, ...draft, ...access })
      return { ...base, status: 'updated', id: current.id }
    }
    const created = await payload.create({ collection: 'policy-notices', data, context, ...draft, ...access })
    return { ...base, status: 'imported', id: created.id }
  } catch (error) {
    return { ...base, status: 'failed', reason: `保存失败：${error instanceof Error ? error.message : String(error)}` }
  }
}
