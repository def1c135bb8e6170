/** Minimal shape of Lexical's stored editor state, enough to walk it without the editor. */
export type LexicalNode = { type: string; text?: string; children?: LexicalNode[]; [key: string]: unknown }
export type LexicalState = { root: LexicalNode }

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'listitem', 'quote', 'tablecell'])

/** The plain text of a document, one line per block, for search and summaries. */
export function lexicalPlainText(state: LexicalState | null | undefined): string {
  if (!state?.root) return ''
  const lines: string[] = []
  const walk = (node: LexicalNode, line: string[]): void => {
    if (typeof node.text === 'string') line.push(node.text)
    if (node.type === 'linebreak') line.push('\n')
    for (const child of node.children ?? []) {
      if (BLOCK_TYPES.has(child.type)) {
        const inner: string[] = []
        walk(child, inner)
        lines.push(inner.join(''))
      } else {
        walk(child, line)
      }
    }
  }
  const top: string[] = []
  walk(state.root, top)
  if (top.length) lines.unshift(top.join(''))
  return lines.filter((l) => l.trim()).join('\n')
}

/** A copy with every text node changed by `map` (e.g. into Traditional characters). */
export function mapLexicalText<T extends LexicalState | null | undefined>(state: T, map: (text: string) => string): T {
  if (!state?.root) return state
  const visit = (node: LexicalNode): LexicalNode => ({
    ...node,
    ...(typeof node.text === 'string' ? { text: map(node.text) } : {}),
    ...(node.children ? { children: node.children.map(visit) } : {}),
  })
  return { ...state, root: visit(state.root) }
}

/** The headings of a document, for a table of contents. */
export function lexicalHeadings(state: LexicalState | null | undefined): { tag: string; text: string }[] {
  const found: { tag: string; text: string }[] = []
  const visit = (node: LexicalNode) => {
    if (node.type === 'heading') found.push({ tag: String(node.tag), text: lexicalPlainText({ root: node }) })
    else node.children?.forEach(visit)
  }
  if (state?.root) visit(state.root)
  return found
}
