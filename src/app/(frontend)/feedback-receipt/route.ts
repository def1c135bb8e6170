import { NextResponse, type NextRequest } from 'next/server'
import { RECEIPT_COOKIE, receiptCookieOptions } from '@/features/feedback/server/receipt-cookie'
import { isCrossSite } from '@/platform/security/cross-site'
import { CROSS_SITE_MESSAGE } from '@/platform/security/rules/cross-site-request'

/** "我已记下": forgets the receipt of the message just sent and shows an empty form again. */
export function POST(request: NextRequest) {
  if (isCrossSite(request)) return new NextResponse(CROSS_SITE_MESSAGE, { status: 403, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  const response = new NextResponse(null, { status: 303, headers: { Location: '/feedback/new', 'Cache-Control': 'no-store' } })
  response.cookies.set(RECEIPT_COOKIE, '', { ...receiptCookieOptions(), maxAge: 0 })
  return response
}
