import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { refuseUnsupportedQuery } from '@/platform/security/refuse-unsupported-query'

export const POST = refuseUnsupportedQuery(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
