import { isContentTag, type ContentTag } from '@/platform/content/rules/content-tags'

type SearchParams = Record<string, string | string[] | undefined>

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/** ?page= as a whole number from 1 to 1000; anything else is page 1. */
export function pageParam(params: SearchParams): number {
  const page = Number(first(params.page))
  return Number.isInteger(page) && page >= 1 && page <= 1000 ? page : 1
}

/** ?tag= when it names one of the fixed topics. */
export function tagParam(params: SearchParams): ContentTag | undefined {
  const tag = first(params.tag)
  return isContentTag(tag) ? tag : undefined
}

export function outreachListHref(filters: { tag?: string; page?: number }) {
  const query = new URLSearchParams()
  if (filters.tag) query.set('tag', filters.tag)
  if (filters.page && filters.page > 1) query.set('page', String(filters.page))
  const text = query.toString()
  return text ? `/outreach?${text}` : '/outreach'
}

/** The consultations list: open ones by default, `?status=closed` for those that ended. */
export function consultationListHref(filters: { status?: 'open' | 'closed'; page?: number }) {
  const query = new URLSearchParams()
  if (filters.status === 'closed') query.set('status', 'closed')
  if (filters.page && filters.page > 1) query.set('page', String(filters.page))
  const text = query.toString()
  return text ? `/consultations?${text}` : '/consultations'
}
