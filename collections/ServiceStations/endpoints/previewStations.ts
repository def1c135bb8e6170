import type { PayloadHandler } from 'payload'
import { previewStationCsv } from '@/features/stations/server/import-stations'
import { answerStationImport, readStationCsvRequest, requireStationEditor } from './stationImportRequest'

/** POST /api/service-stations/import/preview — what importing this CSV would do; saves nothing. */
export const previewStationsEndpoint: PayloadHandler = (req) =>
  answerStationImport(req, async () => {
    const user = requireStationEditor(req)
    const { text, fileName } = await readStationCsvRequest(req)
    const preview = await previewStationCsv(req.payload, text, { user })
    return Response.json({ fileName, ...preview })
  })
