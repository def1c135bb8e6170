'use client'

import { ServerErrorContent } from '@/components/ServerErrorContent'

/** A public page that failed, inside the site layout. */
export default function PublicPageError({ error }: { error: Error & { digest?: string } }) {
  return <ServerErrorContent reference={error.digest} />
}
