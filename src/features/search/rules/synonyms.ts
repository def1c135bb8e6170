import { normaliseSearchText } from './normalise'

/**
 * What residents type and what the site's pages say: everyday words (准生证), short forms (人流),
 * typos (艾兹病) and phrases whose words the pages keep apart (艾滋病检测 → 艾滋病 检测). Staff keep
 * the list in the admin (搜索设置); each row maps one or more typed words to one or more ways the
 * pages put it. Words are separated by "，", "、", "," or "/"; a space inside a meaning keeps its
 * words apart for the search (pairs are not made across it).
 */
export type SynonymRow = { typed: string; means: string }
export type SynonymEntry = { typed: string[]; means: string[] }
export type QueryAlternative = { query: string; /** the typed word and what it was read as */ via?: { typed: string; means: string } }

const SEPARATORS = /[，、,/；;\n]+/

const words = (list: string) =>
  list
    .split(SEPARATORS)
    .map((word) => normaliseSearchText(word).replace(/\s+/g, ' ').trim())
    .filter(Boolean)

/** Rows as staff typed them, cleaned; rows without a typed word or a meaning are left out. */
export function parseSynonyms(rows: readonly SynonymRow[] | null | undefined): SynonymEntry[] {
  return (rows ?? [])
    .map((row) => ({ typed: words(row.typed ?? ''), means: words(row.means ?? '') }))
    .filter((entry) => entry.typed.length > 0 && entry.means.length > 0)
}

/** At most this many readings of one query are searched (each is one database match). */
export const MAX_ALTERNATIVES = 4

/**
 * The query itself first, then the query with a typed word replaced by each of its meanings,
 * longest typed word first (独生子女奖励 before 独生子女, which is then not read again). A meaning already in the query adds
 * nothing.
 */
export function expandQuery(query: string, entries: readonly SynonymEntry[]): QueryAlternative[] {
  const normal = normaliseSearchText(query).trim()
  const alternatives: QueryAlternative[] = [{ query: normal }]
  const seen = new Set([normal])
  const typedWords = entries
    .flatMap((entry) => entry.typed.map((typed) => ({ typed, means: entry.means })))
    .sort((a, b) => b.typed.length - a.typed.length)
  const matched: string[] = []
  for (const { typed, means } of typedWords) {
    // 准生 inside 准生证, already read as a whole, is not read again
    if (!normal.includes(typed) || matched.some((longer) => longer.includes(typed))) continue
    matched.push(typed)
    for (const meaning of means) {
      if (normal.includes(meaning)) continue
      const rewritten = normal.replace(typed, ` ${meaning} `).replace(/\s+/g, ' ').trim()
      if (seen.has(rewritten)) continue
      seen.add(rewritten)
      alternatives.push({ query: rewritten, via: { typed, means: meaning } })
      if (alternatives.length > MAX_ALTERNATIVES) return alternatives.slice(0, MAX_ALTERNATIVES + 1)
    }
  }
  return alternatives
}

/** The list the site starts with (staff change it in 搜索设置). */
export const DEFAULT_SYNONYMS: readonly SynonymRow[] = [
  { typed: '二孩、二胎、两孩、三孩、三胎、再生育、生二胎', means: '生育登记' },
  { typed: '准生证、准生', means: '生育登记、生育服务证' },
  { typed: '取环、摘环', means: '取出宫内节育器、宫内节育器' },
  { typed: '上环、放环', means: '放置宫内节育器、宫内节育器' },
  { typed: '人流、打胎、堕胎', means: '人工流产' },
  { typed: '艾兹病、爱滋病、爱兹病、hiv、aids', means: '艾滋病' },
  { typed: '艾滋病检测、艾滋检测、hiv检测', means: '艾滋病 检测、自愿咨询检测' },
  { typed: '独生子女奖励、独生子女补贴', means: '奖励扶助、独生子女' },
  { typed: '育儿补贴、生育补贴、养娃补贴', means: '奖励扶助、育儿' },
  { typed: '孕检、孕前检查', means: '孕前优生健康检查' },
  { typed: '避孕套', means: '安全套' },
  { typed: '计生', means: '计划生育' },
  { typed: '外地人、打工、农民工', means: '流动人口、务工人员' },
]
