import { HEALTH_TERM_PATTERN } from './health-terms'
import { KIN } from './people-words'
import type { Found, Scan } from './scan'

const TERM = new RegExp(HEALTH_TERM_PATTERN, 'gi')
const SENTENCE_END = /[。！？!?\n；;]/
// 我 / 她 / 他 as a person, not 我们, 我国, 我中心 (the authority writing) or 其他.
const NOT_A_PERSON = '(?!们|国|市|区|省|县|局|委|院|站|所|科|镇|乡|中心|单位|街道|社区|好)'
const SPEAKER = `(?<![其吉])(?:我|她|他|俺|本人)${NOT_A_PERSON}`
// Relatives named as someone's (我爱人, 我和老公, 您妻子) or in words only used of one's own (老公, 婆婆).
const RELATIVE = new RegExp(
  `(?:${SPEAKER}|您)(?:的|和|与|跟)?(?:${KIN})|我们(?:夫妻|两口子|俩)|我俩|老公|老婆|媳妇|我妈|我爸|婆婆|公公|岳母|丈母娘|闺女|邻居`,
)
// 您 alone is left out: replies give general advice in it (建议您先治疗再怀孕).
const SPEAKERS = new RegExp(SPEAKER, 'g')
// Between a pronoun and the term: a question or a condition makes it general (我想咨询人流…,
// 我如果怀孕了…), not a statement about someone.
const GENERAL = /想|问|咨询|了解|请教|如何|怎么|怎样|哪|能否|可否|是否|多少|什么|如|若|需要|可以|可到|应|建议/
const NEAR = 12
const KIN_WORD = new RegExp(KIN)

function sentenceAround(text: string, at: number): [number, number] {
  let start = at
  while (start > 0 && !SENTENCE_END.test(text[start - 1])) start--
  let end = at
  while (end < text.length && !SENTENCE_END.test(text[end])) end++
  return [start, end]
}

/**
 * Whether the sentence holding `term` says it of someone: a name or a relative in it, or a
 * pronoun shortly before the term with no question or condition between (我上个月做了人流).
 */
function aboutSomeone(text: string, term: Found, people: readonly Found[]): boolean {
  const [start, end] = sentenceAround(text, term.index)
  const sentence = text.slice(start, end)
  if (people.some((person) => person.index >= start && person.index < end)) return true
  if (RELATIVE.test(sentence)) return true
  const lead = text.slice(start, term.index)
  const person = [...lead.matchAll(SPEAKERS)].at(-1)
  if (!person) return false
  const gap = lead.slice(person.index + person[0].length)
  // A relative between (她的情绪，妻子怀孕后) is whom the term is about, and is nobody's in particular.
  return gap.length <= NEAR && !GENERAL.test(gap) && !KIN_WORD.test(gap)
}

/** Terms close together (HIV检测阳性) are one phrase, masked as one. */
function joinNear(found: Found[], text: string): Found[] {
  const joined: Found[] = []
  for (const term of found) {
    const last = joined[joined.length - 1]
    if (last && term.index - last.end <= 2 && /^[\p{L}\p{N}]*$/u.test(text.slice(last.end, term.index))) {
      last.end = term.end
    } else joined.push({ ...term })
  }
  return joined
}

/**
 * Health details said of a person: in the same sentence as a name found, a relative, or a
 * pronoun that states it (我怀孕了). General information (艾滋病检测免费) is not personal.
 */
export function findHealth(scan: Scan, people: readonly Found[]): Found[] {
  const text = scan.folded
  const terms = [...text.matchAll(TERM)].map((match): Found => ({
    kind: 'health',
    reason: '与个人相关的健康信息',
    index: match.index,
    end: match.index + match[0].length,
  }))
  const phrases = joinNear(terms, text)
  // Once a sentence speaks of someone, every health term in it does (我去年上环，现在想取环).
  const sentenceOf = (term: Found) => sentenceAround(text, term.index)[0]
  const personal = new Set(phrases.filter((term) => aboutSomeone(text, term, people)).map(sentenceOf))
  return phrases.filter((term) => personal.has(sentenceOf(term)))
}
