import * as OpenCC from 'opencc-js/t2cn'

const convert = OpenCC.Converter({ from: 'tw', to: 'cn' })

/** Traditional input finds Simplified text: the index and every query are kept in Simplified. */
export function toSimplified(text: string): string {
  return text ? convert(text) : text
}
