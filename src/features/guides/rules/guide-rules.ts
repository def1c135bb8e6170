import { compact, CONTEXT, JURISDICTION, type JsonLd } from '@/platform/site-shell/rules/structured-data'

/** The online service's address: https only, so a guide can never carry a script or a plain-http link. */
export function onlineAddressProblem(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null
  if (typeof value !== 'string') return '请填写网址。'
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return '请填写完整的网址，以 https:// 开头。'
  }
  return url.protocol === 'https:' && !/[\s"'<>]/.test(value) ? null : '网上办理地址必须以 https:// 开头。'
}

export type GuideServiceInput = {
  title: string
  summary: string
  url: string
  provider: string
  audience?: string | null
  onlineUrl?: string | null
  phone?: string | null
}

/** schema.org GovernmentService for a 办事指南 page (the FAQ goes out as its own FAQPage). */
export function governmentService(input: GuideServiceInput): JsonLd {
  return compact({
    '@context': CONTEXT,
    '@type': 'GovernmentService',
    name: input.title,
    description: input.summary,
    url: input.url,
    serviceType: input.title,
    areaServed: { '@type': 'City', name: JURISDICTION },
    audience: input.audience ? { '@type': 'Audience', audienceType: input.audience } : undefined,
    provider: { '@type': 'GovernmentOrganization', name: input.provider },
    availableChannel: compact({
      '@type': 'ServiceChannel',
      serviceUrl: input.onlineUrl || undefined,
      servicePhone: input.phone ? { '@type': 'ContactPoint', telephone: input.phone } : undefined,
    }),
  })
}
