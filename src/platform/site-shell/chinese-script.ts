import * as OpenCC from 'opencc-js/cn2t'

/** The two ways the public site can be read: Simplified (default) or Traditional characters. */
export const SCRIPTS = ['hans', 'hant'] as const
export type Script = (typeof SCRIPTS)[number]

export const SCRIPT_COOKIE = 'zh-script'

export function isScript(value: unknown): value is Script {
  return value === 'hans' || value === 'hant'
}

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' })
const converted = new Map<string, string>()

/** Converts Simplified text for the reader's script; short UI strings are memoised. */
export function inScript(script: Script, text: string): string {
  if (script === 'hans' || !text) return text
  if (text.length > 200) return toTraditional(text)
  let result = converted.get(text)
  if (result === undefined) {
    result = toTraditional(text)
    if (converted.size < 5000) converted.set(text, result)
  }
  return result
}

/** A text function bound to one script, for components: `const t = textIn(script)`. */
export function textIn(script: Script) {
  return (text: string) => inScript(script, text)
}

export const htmlLang = (script: Script) => (script === 'hant' ? 'zh-Hant' : 'zh-Hans')
