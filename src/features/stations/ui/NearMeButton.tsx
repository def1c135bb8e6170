'use client'

import { useEffect, useState } from 'react'
// Not the stations index: it re-exports the holiday calendar, which has no place in the browser
import { isInChengduArea } from '@/features/stations/rules/distance'
import { formatNear, roundCoordinate } from '@/features/stations/rules/near'

export type NearMeText = {
  button: string
  locating: string
  denied: string
  unavailable: string
  outside: string
  privacy: string
}

/**
 * "Near me", as an enhancement: only with JavaScript and a browser that can locate, it asks for
 * the position once and reloads the list sorted by distance (?near=lat,lng, rounded to about
 * 100 m). Without it this renders nothing and the area filters serve instead.
 */
export function NearMeButton({ text }: { text: NearMeText }) {
  const [supported, setSupported] = useState(false)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState('')

  useEffect(() => setSupported(typeof navigator !== 'undefined' && 'geolocation' in navigator), [])
  // "查找附近" on the home page links here with ?locate=1: start at once (the browser still asks).
  useEffect(() => {
    if (supported && new URLSearchParams(window.location.search).has('locate')) locate()
  }, [supported])
  if (!supported) return null

  function locate() {
    setBusy(true)
    setMessage(text.locating)
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const here = roundCoordinate({ lat: position.coords.latitude, lng: position.coords.longitude })
        if (!isInChengduArea(here)) {
          setBusy(false)
          setMessage(text.outside)
          return
        }
        const params = new URLSearchParams(window.location.search)
        params.set('near', formatNear(here))
        params.delete('page')
        params.delete('locate')
        // Back at the list, not the top of the page.
        window.location.assign(`/stations?${params.toString()}#results`)
      },
      (error) => {
        setBusy(false)
        setMessage(error.code === error.PERMISSION_DENIED ? text.denied : text.unavailable)
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    )
  }

  return (
    <div className="near-me">
      <button type="button" className="button button--secondary" onClick={locate} disabled={busy}>
        {text.button}
      </button>
      <p className="near-me__hint">{text.privacy}</p>
      <p className="near-me__status" role="status" aria-live="polite">
        {message}
      </p>
    </div>
  )
}
