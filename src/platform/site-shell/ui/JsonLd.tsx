import { jsonLdScript, type JsonLd as JsonLdData } from '@/platform/site-shell/rules/structured-data'

/**
 * schema.org data for search engines. A data block (type application/ld+json) is never executed,
 * so the site's CSP does not apply to it; jsonLdScript escapes what could close the element.
 */
export function JsonLd({ data }: { data: JsonLdData | JsonLdData[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(data) }} />
}
