/**
 * schema.org JSON-LD for the public pages. Pure: callers pass plain values (already converted
 * to the reader's script) and absolute URLs; nothing here reads Payload or Next. The shared parts
 * and the organisation, article and FAQ shapes live here; each feature adds its own (notices,
 * events, stations) in its rules/structured-data.ts.
 */
export type JsonLd = { '@context': 'https://schema.org'; '@type': string; [key: string]: unknown }

export const CONTEXT = 'https://schema.org' as const
export const JURISDICTION = '成都市'

/** Drops keys whose value is undefined, null or '' so the output never carries empty claims. */
export function compact<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined && v !== null && v !== '')) as T
}

/** ISO 8601 in Beijing time with an explicit +08:00 offset. */
export function beijingDateTime(value: string | Date): string {
  const date = new Date(value)
  return `${new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`
}

/** The Beijing calendar day, YYYY-MM-DD. */
export function beijingDate(value: string | Date): string {
  return beijingDateTime(value).slice(0, 10)
}

export const optionalDate = (value: string | Date | null | undefined, format: (v: string | Date) => string) =>
  value && !Number.isNaN(new Date(value).getTime()) ? format(value) : undefined

export type OrganizationInput = { name: string; url: string; address?: string | null; telephone?: string[]; siteName?: string }

export function governmentOrganization(input: OrganizationInput): JsonLd {
  return compact({
    '@context': CONTEXT,
    '@type': 'GovernmentOrganization',
    name: input.name,
    url: input.url,
    areaServed: { '@type': 'City', name: JURISDICTION },
    address: input.address ? { '@type': 'PostalAddress', streetAddress: input.address, addressLocality: JURISDICTION, addressCountry: 'CN' } : undefined,
    telephone: input.telephone && input.telephone.length > 0 ? input.telephone : undefined,
  })
}

export type ArticleInput = { title: string; url: string; description?: string | null; datePublished?: string | Date | null; dateModified?: string | Date | null; publisher: string; image?: string | null }

export function article(input: ArticleInput): JsonLd {
  return compact({
    '@context': CONTEXT,
    '@type': 'Article',
    headline: input.title,
    description: input.description ?? undefined,
    datePublished: optionalDate(input.datePublished, beijingDateTime),
    dateModified: optionalDate(input.dateModified, beijingDateTime),
    inLanguage: 'zh-CN',
    image: input.image ?? undefined,
    publisher: { '@type': 'GovernmentOrganization', name: input.publisher },
    mainEntityOfPage: input.url,
    url: input.url,
  })
}

export type FaqInput = { question: string; answer: string }[]

export function faqPage(items: FaqInput, url?: string): JsonLd {
  return compact({
    '@context': CONTEXT,
    '@type': 'FAQPage',
    url,
    mainEntity: items.map((item) => ({ '@type': 'Question', name: item.question, acceptedAnswer: { '@type': 'Answer', text: item.answer } })),
  })
}

const SCRIPT_SAFE: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' }

/**
 * JSON for the body of <script type="application/ld+json">. Escaping `<` `>` `&` keeps any text
 * from closing the element or opening a comment; U+2028/2029 are escaped for old JS parsers.
 * The result is still valid JSON that parses back to the same object.
 */
export function jsonLdScript(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => SCRIPT_SAFE[c])
}
