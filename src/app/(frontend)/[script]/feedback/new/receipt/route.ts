import config from '@payload-config'
import { cookies } from 'next/headers'
import { NextResponse, type NextRequest } from 'next/server'
import { getPayload } from 'payload'
import { receiptFileName, receiptText } from '@/features/feedback/rules/intake'
import { emailReceipt } from '@/features/feedback/server/receipt-email'
import { openReceipt, RECEIPT_COOKIE, receiptCookieOptions, sealReceipt } from '@/features/feedback/server/receipt-cookie'
import { isScript, inScript } from '@/platform/site-shell/chinese-script'
import { formatDayChinese } from '@/platform/site-shell/format-date'
import { serverUrl } from '@/platform/site-shell/server-url'
import { isCrossSite } from '@/platform/security/cross-site'
import { CROSS_SITE_MESSAGE } from '@/platform/security/rules/cross-site-request'

// Under /feedback/new so that the receipt cookie (Path=/feedback/new) reaches it.
type Context = { params: Promise<{ script: string }> }

const plain = (text: string, status: number) => new NextResponse(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })
const backToReceipt = () => new NextResponse(null, { status: 303, headers: { Location: '/feedback/new', 'Cache-Control': 'no-store' } })
const EXPIRED = '回执已过期或已清除（为保护您的隐私，只在提交后的这台设备上保留一段时间）。如果您记下了查询码和查询密码，可以在“留言查询”页面查看办理进度。'

/** "下载为文本文件": the receipt of the message just sent, as a file, for the session that sent it. */
export async function GET(_request: NextRequest, { params }: Context) {
  const { script } = await params
  const t = (text: string) => (isScript(script) ? inScript(script, text) : text)
  const receipt = openReceipt((await cookies()).get(RECEIPT_COOKIE)?.value)
  if (!receipt) return plain(t(EXPIRED), 404)
  const payload = await getPayload({ config })
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  const text = receiptText({
    siteName: settings.siteName,
    trackingCode: receipt.trackingCode,
    accessKey: receipt.accessKey,
    trackUrl: `${serverUrl()}/feedback/track?code=${encodeURIComponent(receipt.trackingCode)}`,
    replyDue: receipt.replyDueAt ? formatDayChinese(receipt.replyDueAt) : undefined,
  })
  return new NextResponse(`\uFEFF${t(text)}`, {
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Disposition': `attachment; filename="${receiptFileName(receipt.trackingCode)}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}

/** "发到我的邮箱": sends the receipt once to the address stored with the message, then back to it. */
export async function POST(request: NextRequest) {
  if (isCrossSite(request)) return plain(CROSS_SITE_MESSAGE, 403)
  const jar = await cookies()
  const receipt = openReceipt(jar.get(RECEIPT_COOKIE)?.value)
  if (!receipt) return backToReceipt()
  if (!receipt.emailed && (await emailReceipt(await getPayload({ config }), receipt))) {
    const response = backToReceipt()
    response.cookies.set(RECEIPT_COOKIE, sealReceipt({ ...receipt, emailed: true }), receiptCookieOptions())
    return response
  }
  return backToReceipt()
}
