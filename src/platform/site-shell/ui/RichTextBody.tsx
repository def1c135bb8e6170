import { LinkJSXConverter, RichText, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'
import { inScript, type Script } from '@/platform/site-shell/chinese-script'
import { mapLexicalText, type LexicalState } from '@/platform/content/rules/lexical-text'
import { safeHref } from '@/platform/content/rules/safe-href'

type ListItemNode = { children: { type: string }[]; value?: number }

type LinkNode = { fields: { url?: string; linkType?: string; doc?: { relationTo?: string; value?: { slug?: string } } } }

const converters: JSXConvertersFunction = ({ defaultConverters }) => {
  const links = LinkJSXConverter({
    internalDocToHref: ({ linkNode }) => {
      const doc = (linkNode as unknown as LinkNode).fields.doc
      return doc?.relationTo === 'policy-notices' && doc.value?.slug ? `/policies/${doc.value.slug}` : '#'
    },
  })
  const defaultListItem = defaultConverters.listitem as (a: unknown) => React.ReactNode
  return {
    ...defaultConverters,
    ...links,
    // Payload writes `value` on every item; HTML allows it only on items of an ordered list.
    listitem: (args) => {
      const listType = (args.parent as { listType?: string }).listType
      if (listType === 'check') return defaultListItem(args)
      const node = args.node as unknown as ListItemNode
      const nested = node.children.some((child) => child.type === 'list')
      return (
        <li className={nested ? 'nestedListItem' : undefined} style={nested ? { listStyleType: 'none' } : undefined} value={listType === 'number' ? node.value : undefined}>
          {args.nodesToJSX({ nodes: args.node.children })}
        </li>
      )
    },
    // Staff-entered addresses are still checked: only web, mail and phone links reach readers.
    link: (args) => {
      const node = args.node as unknown as LinkNode
      if (node.fields.linkType !== 'internal') node.fields.url = safeHref(node.fields.url)
      return (links.link as (a: typeof args) => React.ReactNode)(args)
    },
  }
}

/** A document body from the rich-text editor, in the reader's script. */
export function RichTextBody({ data, script, className }: { data: unknown; script: Script; className?: string }) {
  if (!data) return null
  const state = mapLexicalText(data as LexicalState, (text) => inScript(script, text))
  return <RichText className={className} data={state as never} converters={converters} disableIndent disableTextAlign />
}
