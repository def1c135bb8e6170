import { SCRIPT_COOKIE, isScript, type Script } from './chinese-script'

export const ELDER_COOKIE = 'elder-mode'
const ONE_YEAR = 60 * 60 * 24 * 365

export type ReaderChange = { script?: Script; elder?: boolean }

/** Reads ?script=hans|hant and ?elder=on|off; anything else is ignored. */
export function parseReaderChange(params: URLSearchParams): ReaderChange {
  const change: ReaderChange = {}
  const script = params.get('script')
  if (isScript(script)) change.script = script
  const elder = params.get('elder')
  if (elder === 'on' || elder === 'off') change.elder = elder === 'on'
  return change
}

export function readerCookies(change: ReaderChange) {
  const base = { path: '/', maxAge: ONE_YEAR, sameSite: 'lax' as const, httpOnly: true }
  const cookies: { name: string; value: string; options: typeof base }[] = []
  if (change.script) cookies.push({ name: SCRIPT_COOKIE, value: change.script, options: base })
  if (change.elder !== undefined) cookies.push({ name: ELDER_COOKIE, value: change.elder ? 'on' : 'off', options: base })
  return cookies
}

/**
 * Where to send the reader back to: a path on this site only (never another host), taken from
 * ?back= or the Referer, with the /hans or /hant prefix removed so the new setting applies.
 */
export function returnPath(back: string | null, referer: string | null, host: string | null): string {
  for (const candidate of [back, referer]) {
    if (!candidate) continue
    try {
      const url = new URL(candidate, `http://${host || 'localhost'}`)
      if (url.host !== host) continue
      const path = url.pathname.replace(/^\/(hans|hant)(?=\/|$)/, '') || '/'
      return path + url.search
    } catch {
      continue
    }
  }
  return '/'
}
