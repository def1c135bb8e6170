export type StoredAnswer = { path: string; section: string; useful: boolean; reason?: string | null; createdAt: string }

export type PageTally = {
  path: string
  section: string
  yes: number
  no: number
  /** Reasons given, newest first. */
  reasons: { useful: boolean; reason: string; at: string }[]
}

export type SectionTally = { section: string; yes: number; no: number; pages: number }

/** Counts per page (most "no" first) and per section, with the reasons. */
export function tallyAnswers(answers: readonly StoredAnswer[]): { pages: PageTally[]; sections: SectionTally[] } {
  const pages = new Map<string, PageTally>()
  for (const answer of answers) {
    const page = pages.get(answer.path) ?? { path: answer.path, section: answer.section, yes: 0, no: 0, reasons: [] }
    if (answer.useful) page.yes += 1
    else page.no += 1
    if (answer.reason) page.reasons.push({ useful: answer.useful, reason: answer.reason, at: answer.createdAt })
    pages.set(answer.path, page)
  }
  const sorted = [...pages.values()]
    .map((page) => ({ ...page, reasons: page.reasons.sort((a, b) => b.at.localeCompare(a.at)) }))
    .sort((a, b) => b.no - a.no || b.yes + b.no - (a.yes + a.no) || a.path.localeCompare(b.path))
  const sections = new Map<string, SectionTally>()
  for (const page of sorted) {
    const section = sections.get(page.section) ?? { section: page.section, yes: 0, no: 0, pages: 0 }
    section.yes += page.yes
    section.no += page.no
    section.pages += 1
    sections.set(page.section, section)
  }
  return { pages: sorted, sections: [...sections.values()].sort((a, b) => a.section.localeCompare(b.section)) }
}

export type FlagRule = { minNo: number; minNoShare: number }

/** Defaults of UsefulnessSettings: at least 5 "no" answers, and at least 40 % of all answers. */
export const DEFAULT_FLAG_RULE: FlagRule = { minNo: 5, minNoShare: 0.4 }

/** A page readers often find unhelpful: enough "no" answers, and a large enough share of them. */
export function isFlagged(page: Pick<PageTally, 'yes' | 'no'>, rule: FlagRule = DEFAULT_FLAG_RULE): boolean {
  const total = page.yes + page.no
  return total > 0 && page.no >= rule.minNo && page.no / total >= rule.minNoShare
}
