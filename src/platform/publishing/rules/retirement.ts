/**
 * An address that no longer shows its page: it answers 410 Gone, or redirects (308) to the
 * replacement staff chose, so no published link ever breaks.
 */
export type Retirement = { path: string; status: '410' | '308'; target: string | null }

/** A path on this site (never another host: a retired address must not become an open redirect). */
export function isSitePath(value: unknown): value is string {
  return typeof value === 'string' && /^\/(?![/\\])[^\s\\]*$/.test(value) && value.length <= 300
}

/** The form an address is stored and looked up in: no query, no trailing slash. */
export function normalisePath(path: string): string {
  const bare = path.split(/[?#]/)[0]
  return bare.length > 1 ? bare.replace(/\/+$/, '') : bare
}

function retire(path: string, target: string | null | undefined): Retirement {
  return isSitePath(target) && normalisePath(target) !== path
    ? { path, status: '308', target: normalisePath(target) }
    : { path, status: '410', target: null }
}

/**
 * What a save changes among retired addresses, from where the page was public before and after
 * it: the address it is public at now is live again (republishing removes its retirement); the
 * address it left is retired, redirecting to the new address or to the chosen replacement.
 */
export function retirementsAfterSave(before: string | null, after: string | null, replacement: string | null | undefined) {
  const restore = after ? [after] : []
  const retireList = before && before !== after ? [retire(before, after ?? replacement)] : []
  return { restore, retire: retireList }
}
