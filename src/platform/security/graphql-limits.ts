import { GraphQLError, Kind, parse, valueFromASTUntyped, visit, visitInParallel, type ASTVisitor, type DocumentNode, type ValidationContext } from 'graphql'
import { pagingRefusal, whereCost, whereCostRefusal, type WhereCost } from './rules/query-cost'

/**
 * At most this many top-level fields (aliases included) per operation. Each runs its own database
 * queries one after the other: 500 aliases of `PolicyNotices` kept the server busy for minutes.
 */
export const MAX_ROOT_FIELDS = 20

/** Refuses an operation with more than MAX_ROOT_FIELDS top-level fields. */
export function limitRootFields(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      const fields = node.selectionSet.selections.filter((selection) => selection.kind !== Kind.FIELD || !selection.name.value.startsWith('__')).length
      if (fields > MAX_ROOT_FIELDS) {
        context.reportError(new GraphQLError(`一次查询最多包含 ${MAX_ROOT_FIELDS} 个顶层字段，请拆分后再查询。`, { nodes: [node] }))
      }
    },
  }
}

const PAGING_ARGUMENTS = new Set(['limit', 'page', 'pagination'])

/**
 * The same ceilings as REST (src/platform/security/rules/query-cost.ts) for a GraphQL operation:
 * `where` conditions and nesting counted over the whole document (20 aliases of 100 conditions are
 * 2,000 conditions), and each field's page size and page number. Variables are resolved, so
 * `limit: $n` counts with its value.
 */
export function limitQueryCost(variables: Record<string, unknown> | null | undefined) {
  return (context: ValidationContext): ASTVisitor => {
    const total: WhereCost = { conditions: 0, nesting: 0, longestList: 0 }
    return {
      Field(node) {
        const paging: Record<string, unknown> = {}
        for (const argument of node.arguments ?? []) {
          const name = argument.name.value
          if (name !== 'where' && !PAGING_ARGUMENTS.has(name)) continue
          const value = valueFromASTUntyped(argument.value, variables ?? undefined)
          if (name !== 'where') {
            paging[name] = value
            continue
          }
          const cost = whereCost(value)
          total.conditions += cost.conditions
          total.nesting = Math.max(total.nesting, cost.nesting)
          total.longestList = Math.max(total.longestList, cost.longestList)
        }
        const message = pagingRefusal(paging)
        if (message) context.reportError(new GraphQLError(message, { nodes: [node] }))
      },
      Document: {
        leave(node) {
          const message = whereCostRefusal(total)
          if (message) context.reportError(new GraphQLError(message, { nodes: [node] }))
        },
      },
    }
  }
}

/**
 * The same rules, run on the request body before Payload's GraphQL handler sees it: a refused
 * document then costs one parse (measured: a document refused by validation inside Payload kept a
 * concurrent cheap request waiting about 5× its normal time). The rules only report errors, so
 * they run here without a schema. Documents that do not parse are left to Payload's own answer.
 */
export function graphqlCostRefusal(query: unknown, variables: unknown): string | null {
  if (typeof query !== 'string') return null
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens: 20_000 })
  } catch {
    return null
  }
  const errors: string[] = []
  const context = { reportError: (error: GraphQLError) => errors.push(error.message) } as unknown as ValidationContext
  const values = variables && typeof variables === 'object' && !Array.isArray(variables) ? (variables as Record<string, unknown>) : undefined
  visit(document, visitInParallel([limitRootFields(context), limitQueryCost(values)(context)]))
  return errors[0] ?? null
}
