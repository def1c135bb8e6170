import * as OpenCC from 'opencc-js/t2cn'

// 'tw' also maps Taiwan forms (穿著 → 穿着); 't' leaves Simplified text exactly as it is (显著).
const fromTraditional = OpenCC.Converter({ from: 'tw', to: 'cn' })
const fromMostlySimplified = OpenCC.Converter({ from: 't', to: 'cn' })

const HAN = /\p{Script=Han}/gu
// Characters that are also correct Simplified characters, so they prove nothing.
const AMBIGUOUS = new Set(['著', '乾', '瞭', '藉'])
const TRADITIONAL_SHARE = 0.05

/** Simplified characters for one short piece, e.g. the issuer part of a document number. */
export function simplifyCharacters(text: string): string {
  return fromTraditional(text)
}

/** Simplified text, and whether the input was Traditional (≥ 5% of its Han characters change). */
export function toSimplified(text: string): { text: string; wasTraditional: boolean } {
  const isTraditionalChar = new Map<string, boolean>()
  let han = 0
  let changed = 0
  for (const [char] of text.matchAll(HAN)) {
    han += 1
    if (AMBIGUOUS.has(char)) continue
    let traditional = isTraditionalChar.get(char)
    if (traditional === undefined) {
      traditional = fromTraditional(char) !== char
      isTraditionalChar.set(char, traditional)
    }
    if (traditional) changed += 1
  }
  const wasTraditional = changed > 0 && changed / han >= TRADITIONAL_SHARE
  return { text: (wasTraditional ? fromTraditional : fromMostlySimplified)(text), wasTraditional }
}
