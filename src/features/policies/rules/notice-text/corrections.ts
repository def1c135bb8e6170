/** A passage an editor corrects by hand, e.g. mojibake the importer flagged but cannot repair. */
export type TextCorrection = { garbled: string; corrected: string }

/**
 * Applies each correction once, exactly where its garbled passage stands; `missing` lists those
 * whose passage was not found (the source changed), so nothing is corrected by guesswork.
 */
export function applyTextCorrections(text: string, corrections: readonly TextCorrection[]): { text: string; missing: TextCorrection[] } {
  let result = text
  const missing: TextCorrection[] = []
  for (const correction of corrections) {
    const at = result.indexOf(correction.garbled)
    if (at === -1 || !correction.garbled) missing.push(correction)
    else result = result.slice(0, at) + correction.corrected + result.slice(at + correction.garbled.length)
  }
  return { text: result, missing }
}
