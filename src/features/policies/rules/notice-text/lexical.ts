import { matchDocumentNumbers } from './document-number'
import type { ParsedNotice } from './types'

/** Plain types for the editor state Payload's richtext-lexical stores. */
type ElementFormat = '' | 'left' | 'start' | 'center' | 'right' | 'end' | 'justify'
type ElementBase = { format: ElementFormat; indent: number; direction: 'ltr' | 'rtl' | null }

export type LexicalTextNode = {
  type: 'text'
  text: string
  detail: number
  format: number
  mode: 'normal' | 'token' | 'segmented'
  style: string
  version: 1
}
export type LexicalLinkNode = ElementBase & {
  type: 'link'
  version: 3
  fields: { linkType: 'custom'; url: string; newTab: boolean }
  children: LexicalTextNode[]
}
export type LexicalHeadingNode = ElementBase & {
  type: 'heading'
  tag: 'h2' | 'h3'
  version: 1
  children: LexicalTextNode[]
}
export type LexicalParagraphNode = ElementBase & {
  type: 'paragraph'
  version: 1
  textFormat: number
  textStyle: string
  children: (LexicalTextNode | LexicalLinkNode)[]
}
export type LexicalRoot = {
  root: ElementBase & {
    type: 'root'
    version: 1
    children: (LexicalHeadingNode | LexicalParagraphNode)[]
  }
}

export type LinkFor = (documentNumber: string) => string | undefined

const element = (): ElementBase => ({ format: '', indent: 0, direction: 'ltr' })

const textNode = (text: string): LexicalTextNode => ({
  type: 'text',
  text,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

/** The paragraph's text with every linkable document number turned into a link node. */
function inlineNodes(text: string, linkFor: LinkFor | undefined) {
  if (!linkFor) return [textNode(text)]
  const nodes: (LexicalTextNode | LexicalLinkNode)[] = []
  let cursor = 0
  for (const { number, start, end } of matchDocumentNumbers(text)) {
    const url = linkFor(number)
    if (!url) continue
    if (start > cursor) nodes.push(textNode(text.slice(cursor, start)))
    const fields = { linkType: 'custom' as const, url, newTab: false }
    nodes.push({
      type: 'link',
      version: 3,
      ...element(),
      fields,
      children: [textNode(text.slice(start, end))],
    })
    cursor = end
  }
  if (cursor < text.length) nodes.push(textNode(text.slice(cursor)))
  return nodes
}

/** The notice body as a Lexical editor state; `linkFor` may link cited document numbers. */
export function noticeToLexical(
  parsed: ParsedNotice,
  options: { linkFor?: LinkFor } = {},
): LexicalRoot {
  const children = parsed.blocks.map((block): LexicalHeadingNode | LexicalParagraphNode => {
    if (block.type === 'paragraph') {
      const content = inlineNodes(block.text, options.linkFor)
      return {
        type: 'paragraph',
        version: 1,
        ...element(),
        textFormat: 0,
        textStyle: '',
        children: content,
      }
    }
    const tag = block.type === 'heading' ? 'h2' : 'h3'
    return { type: 'heading', tag, version: 1, ...element(), children: [textNode(block.text)] }
  })
  return { root: { type: 'root', version: 1, ...element(), children } }
}
