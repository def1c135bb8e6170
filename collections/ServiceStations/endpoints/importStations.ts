import type { PayloadHandler } from 'payload'
import { importStationCsv } from '@/features/stations/server/import-stations'
import { answerStationImport, readStationCsvRequest, requireStationEditor } from './stationImportRequest'

/**
 * POST /api/service-stations/import[?publish=1] — imports the good rows of a CSV on behalf of the
 * signed-in staff member (their access rules apply) and reports the others by line.
 */
export const importStationsEndpoint: PayloadHandler = (req) =>
  answerStationImport(req, async () => {
    const user = requireStationEditor(req)
    const { text, fileName, publish } = await readStationCsvRequest(req)
    const report = await importStationCsv(req.payload, text, { user, publish })
    return Response.json({ fileName, publish, ...report })
  })
