import type { Where } from 'payload'
import { normaliseDocumentNumber } from '@/features/policies/rules/notice-text'
import { POLICY_TOPICS, POLICY_VALIDITY } from '@/features/policies/rules/policy-topics'
import { listedWhere } from '@/platform/publishing/withdrawal/listed'

export const POLICIES_PER_PAGE = 20
const MAX_PAGE = 1000

export type PolicyFilters = { q: string; year: string; topic: string; authority: string; validity: string; page: number }

type SearchParams = Record<string, string | string[] | undefined>

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? ''

/**
 * Reads the list's GET form. Anything unexpected (unknown topic, a year that is not a year, a page
 * past the end) is dropped rather than refused, so a tampered or stale link still shows a list.
 */
export function parsePolicyFilters(params: SearchParams): PolicyFilters {
  const year = first(params.year)
  const topic = first(params.topic)
  const validity = first(params.validity)
  const page = Number.parseInt(first(params.page), 10)
  return {
    q: first(params.q).replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 100),
    year: /^(19|20)\d{2}$/.test(year) ? year : '',
    topic: POLICY_TOPICS.some((t) => t.value === topic) ? topic : '',
    authority: first(params.authority).slice(0, 80),
    validity: POLICY_VALIDITY.some((v) => v.value === validity) ? validity : '',
    page: Number.isFinite(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1,
  }
}

/** The database query for the filters: every condition is an indexed equality or a text match. */
export function policyWhere(filters: PolicyFilters): Where {
  const and: Where[] = [listedWhere()]
  if (filters.year) and.push({ year: { equals: Number(filters.year) } })
  if (filters.topic) and.push({ topic: { equals: filters.topic } })
  if (filters.validity) and.push({ validity: { equals: filters.validity } })
  if (filters.authority) and.push({ issuingAuthority: { equals: filters.authority } })
  if (filters.q) {
    const number = normaliseDocumentNumber(filters.q)
    and.push({
      or: [
        { title: { like: filters.q } },
        { searchText: { like: filters.q } },
        ...(number ? [{ documentNumber: { equals: number } }] : []),
      ],
    })
  }
  return { and }
}

/** The list's address with some filters changed, for pagination and "clear" links. */
export function policyListHref(filters: PolicyFilters, change: Partial<PolicyFilters> = {}): string {
  const next = { ...filters, ...change }
  const params = new URLSearchParams()
  for (const key of ['q', 'year', 'topic', 'authority', 'validity'] as const) if (next[key]) params.set(key, next[key])
  if (next.page > 1) params.set('page', String(next.page))
  const query = params.toString()
  return query ? `/policies?${query}` : '/policies'
}
