import type { CopyFlag, FlagConfirmation } from '@/features/moderation/rules'

/** A run of a copy's text: plain, or a span the detector flagged (with the reason kept for it, if any). */
export type TextSegment = { text: string; flag?: CopyFlag; keptBecause?: string }

/**
 * One field's text cut into plain runs and flagged spans, in order. Spans that overlap an earlier
 * one (two detectors on the same digits) are left to the first, so no character shows twice.
 */
export function flaggedSegments(text: string, flags: readonly CopyFlag[], confirmations: readonly FlagConfirmation[] = []): TextSegment[] {
  const segments: TextSegment[] = []
  let at = 0
  for (const flag of [...flags].sort((a, b) => a.index - b.index)) {
    if (flag.index < at || flag.text.length === 0) continue
    if (flag.index > at) segments.push({ text: text.slice(at, flag.index) })
    const kept = confirmations.find((c) => c.field === flag.field && c.text === flag.text)
    segments.push({ text: text.slice(flag.index, flag.index + flag.text.length), flag, keptBecause: kept?.reason })
    at = flag.index + flag.text.length
  }
  if (at < text.length) segments.push({ text: text.slice(at) })
  return segments
}

/** The flags an approver answers for: one per field and text, as confirmations are matched. */
export function distinctFlags(flags: readonly CopyFlag[]): CopyFlag[] {
  const seen = new Set<string>()
  return flags.filter((flag) => {
    const key = `${flag.field}\u0000${flag.text}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
