import { GraphQLError, Kind, valueFromASTUntyped, type ASTVisitor, type ValidationContext } from 'graphql'
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
