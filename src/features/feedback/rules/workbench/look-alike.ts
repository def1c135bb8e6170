import { searchTokens } from '@/features/search/rules/tokenize'

/** How far back a new message is compared with others, and how alike they must be to be shown. */
export const LOOK_ALIKE_DAYS = 30
export const LOOK_ALIKE_THRESHOLD = 0.3
export const LOOK_ALIKE_LIMIT = 5

// Words every message has ("您好", "请问", "社区") say nothing about what it is about.
const COMMON = new Set(['您好', '请问', '谢谢', '希望', '我们', '你们', '问题', '情况', '反映', '一下', '是否', '可以', '怎么', '什么'])

/** The distinct search tokens of a message's subject and text, common words left out. */
export function messageTokens(subject: string, text: string): Set<string> {
  return new Set([...searchTokens(`${subject} ${subject} ${text}`)].filter((t) => [...t].length > 1 && !COMMON.has(t)))
}

/** Share of tokens the two have in common (Jaccard), the subject's counting as much as the text's. */
export function likeness(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0
  let shared = 0
  for (const token of a) if (b.has(token)) shared += 1
  return shared / (a.size + b.size - shared)
}

export type LookAlikeCandidate = { id: string | number; subject: string; message: string; createdAt: string }

/** The candidates that look like the message, most alike first, at most LOOK_ALIKE_LIMIT. */
export function lookAlikes<T extends LookAlikeCandidate>(message: LookAlikeCandidate, candidates: T[]): (T & { likeness: number })[] {
  const mine = messageTokens(message.subject, message.message)
  return candidates
    .filter((c) => c.id !== message.id)
    .map((c) => ({ ...c, likeness: likeness(mine, messageTokens(c.subject, c.message)) }))
    .filter((c) => c.likeness >= LOOK_ALIKE_THRESHOLD)
    .sort((a, b) => b.likeness - a.likeness || b.createdAt.localeCompare(a.createdAt))
    .slice(0, LOOK_ALIKE_LIMIT)
}
