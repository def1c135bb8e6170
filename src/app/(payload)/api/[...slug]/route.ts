import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { refuseUnsupportedQuery } from '@/platform/security/refuse-unsupported-query'

export const GET = refuseUnsupportedQuery(REST_GET(config))
export const POST = refuseUnsupportedQuery(REST_POST(config))
export const DELETE = refuseUnsupportedQuery(REST_DELETE(config))
export const PATCH = refuseUnsupportedQuery(REST_PATCH(config))
export const PUT = refuseUnsupportedQuery(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
