import { buildSchema, parse, validate } from 'graphql'
import { describe, expect, it } from 'vitest'
import { graphqlCostRefusal, limitQueryCost, limitRootFields } from '@/platform/security/graphql-limits'

const schema = buildSchema(`
  scalar JSON
  type Notices { totalDocs: Int }
  type Query { PolicyNotices(where: JSON, limit: Int, page: Int, pagination: Boolean): Notices }
`)

const errors = (query: string, variables: Record<string, unknown> = {}) =>
  validate(schema, parse(query), [limitRootFields, limitQueryCost(variables)]).map((error) => error.message)

describe('GraphQL cost rules', () => {
  it('lets an ordinary query through', () => {
    expect(errors('{ PolicyNotices(where: { title: { like: "计划" } }, limit: 10) { totalDocs } }')).toEqual([])
  })

  it('refuses too many conditions over all aliases, and in variables', () => {
    const where = `{ or: [${Array.from({ length: 30 }, (_, index) => `{ id: { equals: ${index} } }`).join(',')}] }`
    const aliases = Array.from({ length: 5 }, (_, index) => `a${index}: PolicyNotices(where: ${where}) { totalDocs }`).join(' ')
    expect(errors(`{ ${aliases} }`)).toEqual([expect.stringMatching(/查询条件过多/)])
    const many = { or: Array.from({ length: 20_000 }, () => ({ id: { equals: 1 } })) }
    expect(errors('query($w: JSON) { PolicyNotices(where: $w) { totalDocs } }', { w: many })).toEqual([expect.stringMatching(/查询条件过多/)])
  })

  it('refuses big pages, also through a variable', () => {
    expect(errors('{ PolicyNotices(limit: 100000) { totalDocs } }')).toEqual([expect.stringMatching(/每页最多/)])
    expect(errors('query($n: Int) { PolicyNotices(limit: $n) { totalDocs } }', { n: 100_000 })).toEqual([expect.stringMatching(/每页最多/)])
    expect(errors('{ PolicyNotices(pagination: false) { totalDocs } }')).toEqual([expect.stringMatching(/每页最多/)])
  })

  it('run on the request body too, before Payload parses it', () => {
    expect(graphqlCostRefusal('{ PolicyNotices(limit: 10) { totalDocs } }', {})).toBeNull()
    expect(graphqlCostRefusal('query($n: Int) { PolicyNotices(limit: $n) { totalDocs } }', { n: 100_000 })).toMatch(/每页最多/)
    expect(graphqlCostRefusal(`{ ${Array.from({ length: 21 }, (_, i) => `a${i}: PolicyNotices { totalDocs }`).join(' ')} }`, {})).toMatch(/顶层字段/)
    expect(graphqlCostRefusal('{ not graphql', {})).toBeNull()
    expect(graphqlCostRefusal(42, null)).toBeNull()
  })
})
