import { NextResponse, type NextRequest } from 'next/server'
import { parseReaderChange, readerCookies, returnPath } from '@/platform/site-shell/reader-preferences'

/** A plain link (GET) changes 简/繁 or 长者模式 and sends the reader back, no JavaScript needed. */
export function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams
  const change = parseReaderChange(params)
  const host = request.headers.get('host')
  const target = returnPath(params.get('back'), request.headers.get('referer'), host)
  const response = new NextResponse(null, { status: 303, headers: { Location: target, 'Cache-Control': 'no-store' } })
  for (const cookie of readerCookies(change)) response.cookies.set(cookie.name, cookie.value, cookie.options)
  return response
}
