import { CONTEXT, JURISDICTION, beijingDate, compact, optionalDate, type JsonLd } from '@/platform/site-shell/rules/structured-data'

/** schema.org Legislation for a policy notice. */
export type LegislationInput = {
  title: string
  url: string
  documentNumber?: string | null
  datePublished?: string | Date | null
  dateWritten?: string | Date | null
  issuingAuthority?: string | null
}

export function legislation(input: LegislationInput): JsonLd {
  return compact({
    '@context': CONTEXT,
    '@type': 'Legislation',
    name: input.title,
    legislationIdentifier: input.documentNumber ?? undefined,
    datePublished: optionalDate(input.datePublished, beijingDate),
    legislationDate: optionalDate(input.dateWritten ?? input.datePublished, beijingDate),
    inLanguage: 'zh-CN',
    legislationJurisdiction: JURISDICTION,
    legislationPassedBy: input.issuingAuthority ? { '@type': 'GovernmentOrganization', name: input.issuingAuthority } : undefined,
    url: input.url,
  })
}
