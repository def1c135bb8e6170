import { describe, expect, it } from 'vitest'
import { INVALID_DATE_MESSAGE, MALFORMED_WHERE_MESSAGE, UNSUPPORTED_QUERY_MESSAGE, unsupportedQuery } from '@/platform/security/rules/unsupported-query'

const check = (query: string) => unsupportedQuery(new URLSearchParams(query))

describe('unsupportedQuery', () => {
  it('refuses geographic operators and numbers beyond the range of a number', () => {
    for (const query of ['where[title][near]=1,1,1,1', 'where[title][within]={}', 'where[or][0][x][intersects]=1', 'where[id][equals]=1e309', 'where[id][in]=-1E400', 'where[id][equals][$gt]=0', 'where[title][like][x]=1']) {
      expect({ query, refused: check(query) !== null }).toEqual({ query, refused: true })
    }
  })

  it('lets ordinary filters through', () => {
    for (const query of ['where[title][like]=计划', 'where[id][equals]=12', 'where[title][equals]=Infinity', 'where[count][greater_than]=1e5', 'near=1', 'where[id][in][0]=1&where[id][in][1]=2']) {
      expect({ query, refused: check(query) !== null }).toEqual({ query, refused: false })
    }
  })

  it('refuses a limit or page beyond the integers a database takes', () => {
    for (const query of ['limit=1e308', 'limit=1e309', 'page=-1e20', 'limit=9007199254740993']) expect({ query, refused: check(query) }).toEqual({ query, refused: UNSUPPORTED_QUERY_MESSAGE })
    for (const query of ['limit=100000', 'page=99999999999', 'limit=abc', 'depth=1e9']) expect({ query, refused: check(query) }).toEqual({ query, refused: null })
  })

  it('refuses a where given as text', () => {
    expect(check('where=not-an-object')).toBe(MALFORMED_WHERE_MESSAGE)
    expect(check('where[title][equals]=x')).toBeNull()
  })

  it('refuses comparisons on date fields with a value that is not a date', () => {
    for (const query of ['where[createdAt][greater_than]=not-a-date', 'where[or][0][updatedAt][less_than_equal]=yesterday', 'where[date][equals]=x', 'where[review.lastReviewedAt][greater_than]=1700000000000', 'where[dateWritten][not_equals]=abc']) {
      expect({ query, refused: check(query) }).toEqual({ query, refused: INVALID_DATE_MESSAGE })
    }
  })

  it('lets readable dates, lists, null and non-date fields through', () => {
    for (const query of ['where[createdAt][greater_than]=2026-01-31', 'where[updatedAt][less_than]=2026-01-31T08:00:00Z', 'where[createdAt][equals]=', 'where[createdAt][equals]=null', 'where[createdAt][exists]=yes', 'where[createdAt][in]=x,y', 'where[title][greater_than]=not-a-date', 'where[format][equals]=x']) {
      expect({ query, refused: check(query) }).toEqual({ query, refused: null })
    }
  })
})
