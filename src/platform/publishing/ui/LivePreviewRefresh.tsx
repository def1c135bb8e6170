'use client'
import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useState } from 'react'

/** In the admin's live preview, each save (and autosave) re-renders the draft on the server. */
export function LivePreviewRefresh() {
  const router = useRouter()
  const [origin, setOrigin] = useState<string | null>(null)
  useEffect(() => setOrigin(window.location.origin), [])
  const refresh = useCallback(() => router.refresh(), [router])
  return origin ? <RefreshRouteOnSave refresh={refresh} serverURL={origin} /> : null
}
