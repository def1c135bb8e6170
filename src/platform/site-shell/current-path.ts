import { headers } from 'next/headers'

/** Set by the proxy on every public page request (any value a visitor sent is replaced). */
export const SITE_PATH_HEADER = 'x-site-path'

/** The address being read, as the reader sees it (/stations, /policies/…), or undefined. */
export async function currentPath(): Promise<string | undefined> {
  const value = (await headers()).get(SITE_PATH_HEADER)
  if (!value) return undefined
  try {
    return decodeURI(value)
  } catch {
    return undefined
  }
}
