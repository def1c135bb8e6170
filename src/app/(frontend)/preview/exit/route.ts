import { draftMode } from 'next/headers'
import { previewPath } from '@/platform/publishing/preview/preview-path'

/** Leaves draft mode and returns to the published page. */
export async function GET(request: Request) {
  ;(await draftMode()).disable()
  const referer = request.headers.get('referer')
  const from = new URL(request.url).searchParams.get('path') ?? (referer ? new URL(referer).pathname : null)
  const path = previewPath(from) ?? '/'
  return new Response(null, { status: 307, headers: { Location: path, 'Cache-Control': 'no-store' } })
}
