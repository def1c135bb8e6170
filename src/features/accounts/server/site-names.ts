import type { Payload } from 'payload'

/** The names a password may not contain: the site's Chinese name and its domain's own labels. */
export async function siteNamesOf(payload: Payload): Promise<string[]> {
  const names: string[] = []
  try {
    const settings = (await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })) as { siteName?: unknown }
    const siteName = settings.siteName
    if (typeof siteName === 'string' && siteName.trim()) names.push(siteName.trim())
    else if (siteName && typeof siteName === 'object') names.push(...Object.values(siteName).filter((v): v is string => typeof v === 'string' && v.trim() !== ''))
  } catch {
    // No settings yet (first start): the domain labels still apply.
  }
  const host = (() => {
    try {
      return new URL(process.env.SERVER_URL ?? '').hostname
    } catch {
      return ''
    }
  })()
  const generic = new Set(['www', 'gov', 'com', 'cn', 'org', 'net', 'localhost', 'local', 'test'])
  names.push(...host.split('.').filter((label) => label.length >= 4 && !generic.has(label) && !/^\d+$/u.test(label)))
  return [...new Set(names)]
}
