'use client'

import dynamic from 'next/dynamic'
import type { StationMapProps } from './station-map-props'

// Leaflet (script and styles, served from our own origin) loads only on pages that draw a map,
// and only in the browser; the address and directions above work without it.
const LeafletMap = dynamic(() => import('./StationMapLeaflet'), { ssr: false })

export function StationMap(props: StationMapProps) {
  return <LeafletMap {...props} />
}
