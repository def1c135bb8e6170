import { describe, expect, it } from 'vitest'
import { databaseKind } from '@/platform/database/database-adapter'

describe('database adapter choice', () => {
  it('follows the scheme of DATABASE_URI', () => {
    expect(databaseKind('file:./data/site.db')).toBe('sqlite')
    expect(databaseKind('postgres://postgres@127.0.0.1:5432/site')).toBe('postgres')
    expect(databaseKind('postgresql://u:p@db/site')).toBe('postgres')
    expect(databaseKind('mongodb://127.0.0.1/site')).toBe('mongodb')
    expect(databaseKind('mongodb+srv://cluster.example/site')).toBe('mongodb')
  })

  it('refuses anything else with a message naming the accepted forms', () => {
    expect(() => databaseKind('mysql://x')).toThrow(/file:, postgres:\/\/ or mongodb:\/\//)
  })
})
