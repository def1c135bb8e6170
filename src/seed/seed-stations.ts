import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { importStationCsv } from '@/features/stations/server/import-stations'
import { CHENGDU_AREAS } from './chengdu-areas'
import { STATION_SERVICES } from './station-services'

const STATIONS_CSV = path.resolve(process.cwd(), 'src/seed/stations.csv')
const context = { disableRevalidate: true }
type Report = { created: string[]; kept: string[] }

async function ensure(payload: Payload, collection: 'districts' | 'services', code: string, data: Record<string, unknown>, report: Report) {
  const found = await payload.find({ collection, where: { code: { equals: code } }, limit: 1, depth: 0, select: { code: true } })
  if (found.docs[0]) {
    report.kept.push(`${collection}:${code}`)
    return found.docs[0].id
  }
  const created = await payload.create({ collection, data: { code, ...data } as never, depth: 0, context })
  report.created.push(`${collection}:${code}`)
  return created.id
}

/** Chengdu's areas and streets and the station services (reference data). */
export async function seedStationDirectory(payload: Payload, report: Report) {
  for (const [i, service] of STATION_SERVICES.entries()) {
    await ensure(payload, 'services', service.code, { name: service.name, summary: service.summary, order: (i + 1) * 10 }, report)
  }
  for (const [i, area] of CHENGDU_AREAS.entries()) {
    const id = await ensure(payload, 'districts', area.code, { name: area.name, kind: 'county', order: (i + 1) * 10 }, report)
    for (const [j, street] of area.streets.entries()) {
      await ensure(payload, 'districts', street.code, { name: street.name, kind: 'street', parent: id, order: (j + 1) * 10 }, report)
    }
  }
}

/** Demo stations through the real importer: a second run updates them by key and creates nothing. */
export async function seedStations(payload: Payload, report: Report) {
  await seedStationDirectory(payload, report)
  const result = await importStationCsv(payload, fs.readFileSync(STATIONS_CSV, 'utf8'), { publish: true, context })
  const refused = [...result.problems.map((p) => p.message), ...result.outcomes.filter((o) => o.status === 'failed').map((o) => o.reason)]
  if (refused.length) throw new Error(`demo stations: ${refused.join('\n')}`)
  for (const outcome of result.outcomes) (outcome.status === 'created' ? report.created : report.kept).push(`service-stations:${outcome.key}`)
}
