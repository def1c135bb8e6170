import { describe, expect, it } from 'vitest'
import { formatCursor, isFirstPages, keysetCondition, listPosition, parseCursor, withCursor } from '@/platform/content/rules/list-paging'

describe('list paging cursors', () => {
  const cursor = { value: '2024-05-01T02:00:00.000Z', id: 123 }

  it('reads back what it writes', () => {
    expect(parseCursor(formatCursor(cursor))).toEqual(cursor)
  })

  it('refuses tampered cursors, so the link shows page 1', () => {
    for (const bad of ['', 'x', '2024-05-01~1', '2024-05-01T02:00:00.000Z~', '2024-05-01T02:00:00.000Z~1 or 1=1', `${'9'.repeat(90)}`]) {
      expect(parseCursor(bad)).toBeNull()
    }
    expect(listPosition({ older: 'nonsense', page: '3' }, 3)).toEqual({ page: 3 })
  })

  it('prefers a valid ?older= or ?newer= to the page number', () => {
    expect(listPosition({ older: formatCursor(cursor) }, 1)).toEqual({ older: cursor })
    expect(listPosition({ newer: [formatCursor(cursor)] }, 1)).toEqual({ newer: cursor })
  })

  it('pages past the cursor, the id breaking ties of the sort value', () => {
    expect(keysetCondition('datePublished', { older: cursor })).toEqual({
      or: [{ datePublished: { less_than: cursor.value } }, { and: [{ datePublished: { equals: cursor.value } }, { id: { less_than: 123 } }] }],
    })
    expect(JSON.stringify(keysetCondition('datePublished', { newer: cursor }))).toContain('greater_than')
  })

  it('adds the cursor to a list address with or without a query', () => {
    expect(withCursor('/policies', 'older', 'a~1')).toBe('/policies?older=a~1')
    expect(withCursor('/policies?year=2015', 'newer', 'a~1')).toBe('/policies?year=2015&newer=a~1')
    expect(withCursor('/feedback/replies?', 'older', 'a~1')).toBe('/feedback/replies?older=a~1')
  })
})

describe('the first pages, which a cache may keep', () => {
  it('are the numbered pages 1 to 5, not deep, odd or keyset positions', () => {
    expect([1, 2, 5].map((page) => isFirstPages({ page }))).toEqual([true, true, true])
    expect([0, 6, 400, 1.5, -1].map((page) => isFirstPages({ page }))).toEqual([false, false, false, false, false])
    expect(isFirstPages({ older: { value: '2024-05-01T02:00:00.000Z', id: 3 } })).toBe(false)
    expect(isFirstPages({ newer: { value: '2024-05-01T02:00:00.000Z', id: 3 } })).toBe(false)
  })
})
