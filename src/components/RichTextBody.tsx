import { LinkJSXConverter, RichText, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'
import { inScript, type Script } from '@/lib/chinese-script'
import { mapLexicalText, type LexicalState } from '@/domain/lexical-text'
import { safeHref } from '@/domain/safe-href'

type LinkNode = { fields: { url?: string; linkType?: string; doc?: { relationTo?: string; value?: { slug?: string } } } }

const converters: JSXConvertersFunction = ({ defaultConverters }) => {
  const links = LinkJSXConverter({
    internalDocToHref: ({ linkNode }) => {
      const doc = (linkNode as unknown as LinkNode).fields.doc
      return doc?.relationTo === 'policy-notices' && doc.value?.slug ? `/policies/${doc.value.slug}` : '#'
    },
  })
  return {
    ...defaultConverters,
    ...links,
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
