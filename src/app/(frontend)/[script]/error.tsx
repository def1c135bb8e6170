'use client'

import { ServerErrorContent } from '@/platform/errors/ui/ServerErrorContent'

/** A public page that failed, inside the site layout. */
export default function PublicPageError({ error }: { error: Error & { digest?: string } }) {
  return <ServerErrorContent reference={error.digest} />
}
