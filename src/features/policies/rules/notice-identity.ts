/**
 * When two imports are the same notice though neither has a 文号 (解读, 说明, old texts): the
 * same title once spacing, punctuation, full-width forms and 《》 are set aside, and the same date
 * written (or both without one).
 */
export function normaliseNoticeTitle(title: string): string {
  return title
    .normalize('NFKC')
    .replace(/[\s\p{P}\p{S}]/gu, '')
    .toLowerCase()
}

export function isSameNotice(a: { title: string; dateWritten?: string | null }, b: { title: string; dateWritten?: string | null }): boolean {
  return normaliseNoticeTitle(a.title) === normaliseNoticeTitle(b.title) && (a.dateWritten ?? '').slice(0, 10) === (b.dateWritten ?? '').slice(0, 10)
}
