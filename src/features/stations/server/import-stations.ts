import type { Payload } from 'payload'
import { readStationCsv, type StationCsvLookups, type StationCsvProblem, type StationCsvRow } from '@/features/stations/rules'
import type { User } from '@/payload-types'
import { hoursFieldsOf } from '@/features/stations/rules/station-hours'

export type StationImportOptions = {
  /** Publish what is imported; otherwise new stations are drafts and changes wait as draft versions. */
  publish?: boolean
  /** Staff member on whose behalf the admin imports; the CLI and the seed run as the system. */
  user?: User
  context?: Record<string, unknown>
}

export type StationRowOutcome = {
  line: number
  key: string
  name: string
  status: 'created' | 'updated' | 'failed'
  id?: number | string
  reason?: string
}

export type StationImportReport = {
  outcomes: StationRowOutcome[]
  /** Rows refused before saving: unknown area, bad coordinates, unreadable hours, … */
  problems: StationCsvProblem[]
  created: number
  updated: number
  failed: number
}

export type StationPreviewRow = {
  line: number
  key: string
  name: string
  district: string
  street: string | null
  services: number
  action: 'create' | 'update'
}

type Directory = StationCsvLookups & {
  districtIds: Map<string, number | string>
  serviceIds: Map<string, number | string>
  names: Map<string, string>
}

const accessOf = (options: StationImportOptions) =>
  options.user ? { overrideAccess: false, user: options.user } : { overrideAccess: true }

/** Areas and services as the importer matches names against them. */
export async function stationDirectory(payload: Payload, options: StationImportOptions = {}): Promise<Directory> {
  const access = accessOf(options)
  const [areas, services] = await Promise.all([
    payload.find({ collection: 'districts', limit: 5000, pagination: false, depth: 0, sort: 'order', select: { name: true, code: true, kind: true, parent: true }, ...access }),
    payload.find({ collection: 'services', limit: 500, pagination: false, depth: 0, sort: 'order', select: { name: true, code: true }, ...access }),
  ])
  const districtIds = new Map<string, number | string>()
  const names = new Map<string, string>()
  for (const area of areas.docs) {
    districtIds.set(area.code, area.id)
    names.set(area.code, area.name)
  }
  const counties = areas.docs.filter((a) => a.kind === 'county')
  const districts = counties.map((county) => ({
    code: county.code,
    name: county.name,
    streets: areas.docs
      .filter((a) => a.kind === 'street' && (typeof a.parent === 'object' ? a.parent?.id : a.parent) === county.id)
      .map((s) => ({ code: s.code, name: s.name })),
  }))
  return {
    districts,
    services: services.docs.map((s) => ({ code: s.code, name: s.name })),
    districtIds,
    serviceIds: new Map(services.docs.map((s) => [s.code, s.id])),
    names,
  }
}

/** Ids of the stations that already carry these keys, drafts included. */
async function existingKeys(payload: Payload, keys: string[], options: StationImportOptions) {
  const found = new Map<string, number | string>()
  for (let i = 0; i < keys.length; i += 200) {
    const chunk = keys.slice(i, i + 200)
    const result = await payload.find({
      collection: 'service-stations',
      where: { key: { in: chunk } },
      limit: chunk.length,
      pagination: false,
      depth: 0,
      draft: true,
      select: { key: true },
      ...accessOf(options),
    })
    for (const doc of result.docs) found.set(doc.key, doc.id)
  }
  return found
}

export function stationData(row: StationCsvRow, directory: Directory, publish: boolean) {
  return {
    key: row.key,
    name: row.name,
    type: row.type,
    district: directory.districtIds.get(row.districtCode) as number,
    street: row.streetCode ? (directory.districtIds.get(row.streetCode) as number) : null,
    address: row.address,
    phones: row.phones.map((number) => ({ number })),
    lat: row.lat,
    lng: row.lng,
    services: row.serviceCodes.map((code) => directory.serviceIds.get(code) as number),
    ...hoursFieldsOf({ slots: row.slots, exceptions: row.exceptions, closedOnPublicHolidays: row.closedOnPublicHolidays }),
    accessibility: row.accessibility || null,
    lastVerifiedAt: `${row.lastVerified}T04:00:00.000Z`,
    _status: publish ? ('published' as const) : ('draft' as const),
  }
}

/** A save refused by a hook or field check, in the words staff should read. */
function reasonOf(error: unknown): string {
  const data = (error as { data?: { errors?: { message?: string }[] } })?.data
  const messages = data?.errors?.map((e) => e.message).filter(Boolean)
  if (messages?.length) return messages.join('；')
  return error instanceof Error ? error.message : String(error)
}

/** What an import of this CSV would do, without saving anything. */
export async function previewStationCsv(payload: Payload, text: string, options: StationImportOptions = {}) {
  const directory = await stationDirectory(payload, options)
  const { rows, problems } = readStationCsv(text, directory)
  const existing = await existingKeys(payload, rows.map((r) => r.key), options)
  const preview: StationPreviewRow[] = rows.map((row) => ({
    line: row.line,
    key: row.key,
    name: row.name,
    district: directory.names.get(row.districtCode) ?? row.districtCode,
    street: row.streetCode ? (directory.names.get(row.streetCode) ?? row.streetCode) : null,
    services: row.serviceCodes.length,
    action: existing.has(row.key) ? 'update' : 'create',
  }))
  return { rows: preview, problems }
}

/**
 * Imports a stations CSV: rows with problems are reported by line and skipped, the others are
 * created, or updated when a station with the same key exists (a re-import never duplicates).
 */
export async function importStationCsv(payload: Payload, text: string, options: StationImportOptions = {}): Promise<StationImportReport> {
  const directory = await stationDirectory(payload, options)
  const { rows, problems } = readStationCsv(text, directory)
  const existing = await existingKeys(payload, rows.map((r) => r.key), options)
  const access = accessOf(options)
  const draft = options.publish ? {} : { draft: true as const }
  const outcomes: StationRowOutcome[] = []
  for (const row of rows) {
    const data = stationData(row, directory, Boolean(options.publish))
    const base = { line: row.line, key: row.key, name: row.name }
    try {
      const id = existing.get(row.key)
      if (id !== undefined) {
        await payload.update({ collection: 'service-stations', id, data, depth: 0, context: options.context, ...draft, ...access })
        outcomes.push({ ...base, status: 'updated', id })
      } else {
        const created = await payload.create({ collection: 'service-stations', data, depth: 0, context: options.context, ...draft, ...access })
        existing.set(row.key, created.id)
        outcomes.push({ ...base, status: 'created', id: created.id })
      }
    } catch (error) {
      outcomes.push({ ...base, status: 'failed', reason: `第 ${row.line} 行（${row.key}）保存失败：${reasonOf(error)}` })
    }
  }
  const count = (status: StationRowOutcome['status']) => outcomes.filter((o) => o.status === status).length
  return { outcomes, problems, created: count('created'), updated: count('updated'), failed: count('failed') }
}
