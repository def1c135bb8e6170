import { inflateRawSync } from 'node:zlib'
import { officeFindings, oleHasMacros, PARTS_TO_READ, type OfficeFinding, type OfficePart } from './rules/office-findings'

export const OFFICE_KINDS = ['doc', 'xls', 'docx', 'xlsx', 'pptx', 'odt', 'ods'] as const
export type OfficeKind = (typeof OFFICE_KINDS)[number]
export const isOfficeKind = (kind: string | undefined): kind is OfficeKind => (OFFICE_KINDS as readonly string[]).includes(kind ?? '')

export type OfficeVerdict = { verdict: 'ok' } | { verdict: 'unsafe'; findings: OfficeFinding[] } | { verdict: 'uninspectable' }

/** Decompressed bytes we read per part and in all, against zip bombs. */
const PART_BUDGET = 8 * 1024 * 1024
const TOTAL_BUDGET = 32 * 1024 * 1024
const MAX_ENTRIES = 10_000

type Entry = { name: string; method: number; compressedSize: number; localOffset: number }

/** The zip's central directory (APPNOTE 4.3.12/4.3.16); undefined when it cannot be read (or is ZIP64). */
function centralDirectory(bytes: Buffer): Entry[] | undefined {
  const floor = Math.max(0, bytes.length - 22 - 0xffff)
  let end = -1
  for (let at = bytes.length - 22; at >= floor; at -= 1) {
    if (bytes.readUInt32LE(at) === 0x06054b50) {
      end = at
      break
    }
  }
  if (end < 0) return undefined
  const count = bytes.readUInt16LE(end + 10)
  let at = bytes.readUInt32LE(end + 16)
  if (count === 0xffff || at === 0xffffffff || count > MAX_ENTRIES) return undefined
  const entries: Entry[] = []
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) return undefined
    const nameLength = bytes.readUInt16LE(at + 28)
    const skip = nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32)
    entries.push({
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      localOffset: bytes.readUInt32LE(at + 42),
      name: bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8'),
    })
    at += 46 + skip
  }
  return entries
}

function partText(bytes: Buffer, entry: Entry, budget: { left: number }): string | undefined {
  const at = entry.localOffset
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== 0x04034b50) return undefined
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28)
  const data = bytes.subarray(start, start + entry.compressedSize)
  const limit = Math.min(PART_BUDGET, budget.left)
  let plain: Buffer
  if (entry.method === 0) plain = data
  else if (entry.method === 8) plain = inflateRawSync(data, { maxOutputLength: limit })
  else return undefined
  budget.left -= plain.length
  return plain.toString('utf8')
}

/**
 * Reads an Office Open XML or OpenDocument file (a zip) or a legacy compound file far enough to
 * find what could act when it is opened. A file that cannot be read is not vouched for.
 */
export function inspectOffice(bytes: Buffer, kind: OfficeKind): OfficeVerdict {
  if (kind === 'doc' || kind === 'xls') return oleHasMacros(bytes) ? { verdict: 'unsafe', findings: ['macros'] } : { verdict: 'ok' }
  const entries = centralDirectory(bytes)
  if (!entries) return { verdict: 'uninspectable' }
  const budget = { left: TOTAL_BUDGET }
  const parts: OfficePart[] = []
  try {
    for (const entry of entries) {
      if (!PARTS_TO_READ.test(entry.name)) {
        parts.push({ name: entry.name })
        continue
      }
      const text = partText(bytes, entry, budget)
      if (text === undefined) return { verdict: 'uninspectable' }
      parts.push({ name: entry.name, text })
    }
  } catch {
    return { verdict: 'uninspectable' }
  }
  const findings = officeFindings(parts)
  return findings.length ? { verdict: 'unsafe', findings } : { verdict: 'ok' }
}
