import { describe, expect, it } from 'vitest'
import { databaseKind } from '@/platform/database/database-adapter'

describe('database adapter choice', () => {
  it.each([
    ['file:./data/site.db', 'sqlite'],
    ['postgres://postgres@127.0.0.1:5432/site', 'postgres'],
    ['postgresql://u:p@db/site', 'postgres'],
    ['mongodb://127.0.0.1/site', 'mongodb'],
    ['mongodb+srv://cluster.example/site', 'mongodb'],
  ])('follows the scheme of DATABASE_URI: %s is %s', (uri, kind) => {
    expect(databaseKind(uri)).toBe(kind)
  })

  it('refuses anything else with a message naming the accepted forms', () => {
    expect(() => databaseKind('mysql://x')).toThrow(/file:, postgres:\/\/ or mongodb:\/\//)
  })
})
