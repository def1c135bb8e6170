'use client'

import { useEffect, useState } from 'react'

/** Appears only where JavaScript runs; without it readers use the browser's own print command. */
export function PrintButton({ label }: { label: string }) {
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])
  if (!ready) return null
  return (
    <button type="button" className="button button--secondary" onClick={() => window.print()}>
      {label}
    </button>
  )
}
