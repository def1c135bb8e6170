'use client'

import 'leaflet/dist/leaflet.css'
import L from 'leaflet'
import { useEffect, useRef } from 'react'
import type { StationMapProps } from './station-map-props'

export default function StationMapLeaflet({ lat, lng, name, tileUrl, attribution, label }: StationMapProps) {
  const container = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!container.current) return
    const map = L.map(container.current, { scrollWheelZoom: false }).setView([lat, lng], 16)
    L.tileLayer(tileUrl, { attribution, maxZoom: 18 }).addTo(map)
    // A vector marker: Leaflet's default icon would be another image to host
    L.circleMarker([lat, lng], { radius: 9, color: '#8f1d1d', weight: 3, fillOpacity: 0.6 }).addTo(map).bindTooltip(name)
    return () => {
      map.remove()
    }
  }, [lat, lng, name, tileUrl, attribution])
  return <div ref={container} className="station-map" role="region" aria-label={label} />
}
