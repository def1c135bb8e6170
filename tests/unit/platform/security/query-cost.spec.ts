import { describe, expect, it } from 'vitest'
import {
  MAX_LIST_VALUES,
  MAX_PAGE,
  MAX_PAGE_SIZE,
  MAX_WHERE_CONDITIONS,
  PAGE_NUMBER_MESSAGE,
  PAGE_SIZE_MESSAGE,
  pagingRefusal,
  queryStringWhereCost,
  TOO_LONG_LIST_MESSAGE,
  TOO_MANY_CONDITIONS_MESSAGE,
  whereCost,
  whereCostRefusal,
} from '@/platform/security/rules/query-cost'

const ors = (count: number) => Array.from({ length: count }, (_, index) => `where[or][${index}][title][equals]=x${index}`).join('&')

describe('whereCost', () => {
  it('counts leaf conditions, and/or nesting and the longest list', () => {
    expect(whereCost({ title: { equals: 'a' } })).toEqual({ conditions: 1, nesting: 0, longestList: 0 })
    expect(whereCost({ or: [{ a: { equals: 1 } }, { and: [{ b: { like: 'x' } }, { c: { in: [1, 2, 3] } }] }] })).toEqual({ conditions: 3, nesting: 2, longestList: 3 })
    expect(whereCost({ or: Array.from({ length: 20_000 }, () => ({ id: { equals: 1 } })) }).conditions).toBe(20_000)
  })

  it('refuses beyond the ceilings, in Chinese', () => {
    expect(whereCostRefusal({ conditions: MAX_WHERE_CONDITIONS, nesting: 5, longestList: MAX_LIST_VALUES })).toBeNull()
    expect(whereCostRefusal({ conditions: MAX_WHERE_CONDITIONS + 1, nesting: 0, longestList: 0 })).toBe(TOO_MANY_CONDITIONS_MESSAGE)
    expect(whereCostRefusal({ conditions: 1, nesting: 6, longestList: 0 })).toBe(TOO_MANY_CONDITIONS_MESSAGE)
    expect(whereCostRefusal({ conditions: 1, nesting: 0, longestList: MAX_LIST_VALUES + 1 })).toBe(TOO_LONG_LIST_MESSAGE)
    expect(TOO_MANY_CONDITIONS_MESSAGE).toMatch(/查询条件过多/)
  })
})

describe('queryStringWhereCost', () => {
  it('counts each key as a condition and the items of one list as one', () => {
    expect(queryStringWhereCost(new URLSearchParams('where[title][like]=a&limit=5'))).toEqual({ conditions: 1, nesting: 0, longestList: 0 })
    expect(queryStringWhereCost(new URLSearchParams('where[id][in][0]=1&where[id][in][1]=2&where[x][equals]=1'))).toEqual({ conditions: 2, nesting: 0, longestList: 2 })
    expect(queryStringWhereCost(new URLSearchParams('where[id][in]=1,2,3,4'))).toEqual({ conditions: 1, nesting: 0, longestList: 4 })
    expect(queryStringWhereCost(new URLSearchParams('where[or][0][and][0][or][1][a][equals]=1')).nesting).toBe(3)
  })

  it('refuses 1,000 or clauses and lets the admin’s filters through', () => {
    expect(whereCostRefusal(queryStringWhereCost(new URLSearchParams(ors(1001))))).toBe(TOO_MANY_CONDITIONS_MESSAGE)
    expect(whereCostRefusal(queryStringWhereCost(new URLSearchParams(ors(10))))).toBeNull()
    const ids = Array.from({ length: 100 }, (_, index) => `where[and][0][id][in][${index}]=${index}`).join('&')
    expect(whereCostRefusal(queryStringWhereCost(new URLSearchParams(ids)))).toBeNull()
  })
})

describe('pagingRefusal', () => {
  it('allows pages of 1 to 100 up to page 1000', () => {
    for (const paging of [{}, { limit: '10' }, { limit: MAX_PAGE_SIZE }, { page: String(MAX_PAGE) }, { limit: 'abc' }, { pagination: 'true' }]) expect(pagingRefusal(paging)).toBeNull()
  })

  it('refuses everything-at-once, big pages and far pages', () => {
    for (const paging of [{ limit: '101' }, { limit: 100_000 }, { limit: '0' }, { limit: '-5' }, { pagination: 'false' }, { pagination: false }]) expect(pagingRefusal(paging)).toBe(PAGE_SIZE_MESSAGE)
    expect(pagingRefusal({ page: '1001' })).toBe(PAGE_NUMBER_MESSAGE)
  })
})
