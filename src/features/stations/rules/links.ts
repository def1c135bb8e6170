/**
 * A `tel:` address for a number as staff write it: separators go, an extension (转 8001, #8001,
 * -8001 after a full number) is left out because phones cannot dial it from a link.
 */
export function telHref(number: string): string | null {
  const main = number.split(/转|#|ext\.?/i)[0]
  const digits = main.replace(/[^\d+]/g, '')
  return /^\+?\d{3,15}$/.test(digits) ? `tel:${digits}` : null
}

export type DirectionsTarget = { lat: number; lng: number; name: string; address?: string | null }

/**
 * A directions link from a configured template with {lat}, {lng}, {name} and {address}
 * placeholders, e.g. https://uri.amap.com/marker?position={lng},{lat}&name={name}&coordinate=wgs84.
 * Only http(s) templates are accepted: anything else could run script when clicked.
 */
export function directionsHref(template: string, target: DirectionsTarget): string | null {
  if (!/^https?:\/\/[^\s]+$/.test(template)) return null
  return template
    .replaceAll('{lat}', target.lat.toFixed(6))
    .replaceAll('{lng}', target.lng.toFixed(6))
    .replaceAll('{name}', encodeURIComponent(target.name))
    .replaceAll('{address}', encodeURIComponent(target.address ?? ''))
}
