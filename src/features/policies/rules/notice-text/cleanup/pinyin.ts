const BRACKETED_AFTER_HAN = /(?<=\p{Script=Han})[(（]([^()（）\n]{1,12})[)）]/gu
const PINYIN_LETTERS = /^[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+$/u
const TONE_MARKED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]/u
const INITIAL = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?'
const FINALS =
  'iang iong uang ueng ang eng ing ong ian iao uai uan ai ao an ei en er ia ie in iu ou ua ue ui un uo a o e i u'
const SYLLABLE = new RegExp(`^${INITIAL}(?:${FINALS.split(' ').join('|')})$`)

/**
 * Whether bracket content is one pinyin syllable as the converter wrote it. Without a tone mark
 * a single letter is not taken, so list labels like (a) or (e) survive.
 */
function isConverterPinyin(content: string): boolean {
  const compact = content.replace(/\s+/g, '')
  if (!PINYIN_LETTERS.test(compact)) return false
  const bare = compact.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
  if (!SYLLABLE.test(bare)) return false
  return TONE_MARKED.test(compact) || bare.length >= 2
}

/** Drops the pinyin a careless converter left after characters: 發(fā) → 發, 創(chuàng ) → 創. */
export function removeConverterPinyin(text: string): string {
  return text.replace(BRACKETED_AFTER_HAN, (bracketed, content: string) =>
    isConverterPinyin(content) ? '' : bracketed,
  )
}
