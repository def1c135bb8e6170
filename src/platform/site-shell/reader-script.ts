import { isScript, textIn, type Script } from './chinese-script'

export type ReaderText = (text: string) => string

/**
 * The script a page is read in, from its route's raw `script` segment, and the text function for
 * it. The layout answers any other segment with 404, so the Simplified fallback only serves
 * generateMetadata and the like, which Next may run before the layout.
 */
export function readerScriptOf(raw: string): { script: Script; t: ReaderText } {
  const script: Script = isScript(raw) ? raw : 'hans'
  return { script, t: textIn(script) }
}

/** A page's opening: `const { script, t, slug } = await readerScript(params)`. */
export async function readerScript<P extends { script: string }>(params: Promise<P>) {
  const { script: raw, ...rest } = await params
  return { ...rest, ...readerScriptOf(raw) }
}
