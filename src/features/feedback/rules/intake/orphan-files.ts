/**
 * Attachment files no row names. A submission writes its files first and commits its rows after;
 * a server killed in between leaves the files behind (tests/drills/kill9.ts). They hold what a
 * resident sent, so they must not stay: the daily retention job deletes them.
 */

/** A submission in progress may still commit the rows of a file younger than this. */
export const ORPHAN_FILE_GRACE_MS = 60 * 60_000

export type StoredFile = { name: string; modifiedAtMs: number }

/** The names of files that no row references and that are past the grace period, sorted. */
export function orphanFiles(files: StoredFile[], referenced: ReadonlySet<string>, nowMs: number, graceMs = ORPHAN_FILE_GRACE_MS): string[] {
  return files
    .filter((file) => !referenced.has(file.name) && nowMs - file.modifiedAtMs >= graceMs)
    .map((file) => file.name)
    .sort()
}
