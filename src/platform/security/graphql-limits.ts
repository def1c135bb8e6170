import { GraphQLError, Kind, type ASTVisitor, type ValidationContext } from 'graphql'

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
