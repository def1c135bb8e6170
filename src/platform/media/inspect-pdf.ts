import { promisify } from 'node:util'
import { constants, inflate } from 'node:zlib'

const inflateAsync = promisify(inflate)

/**
 * ok: may be stored as it is.
 * malformed: Payload's own upload check would refuse it (see hasPdfStructure).
 * unsafe: contains scripts (JavaScript, XFA forms), launch, submit-form or web-address (URI)
 * actions, embedded files, an open action or HTML.
 * uninspectable: part of it (a compressed object stream) could not be read, so it cannot be vouched for.
 */
export type PdfVerdict = 'ok' | 'malformed' | 'unsafe' | 'uninspectable'

/** Same test as Payload's `validatePDF`, which runs again when the file is stored. */
export function hasPdfStructure(bytes: Buffer): boolean {
  if (!bytes.subarray(0, 8).toString('latin1').startsWith('%PDF-')) return false
  const end = bytes.subarray(bytes.length - Math.min(1024, bytes.length)).toString('latin1')
  return end.includes('%%EOF') && end.includes('xref')
}

/** Name objects whose mere presence refuses the file. */
const BLOCKED_NAMES = new Set(['JavaScript', 'JS', 'XFA', 'Launch', 'SubmitForm', 'ImportData', 'URI', 'EmbeddedFile', 'EmbeddedFiles', 'OpenAction'])

/** A PDF that is also a web page (a polyglot) must not get through. */
const HTML_MARKERS = /<script|<html|<!doctype\s+html/i

/** A PDF name: a slash and then anything up to whitespace or a delimiter (PDF 32000-1, 7.2.2 and 7.3.5). */
const NAME_TOKEN = /\/([^\x00\t\n\f\r ()<>[\]{}/%]*)/g

const decodeName = (raw: string) => raw.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))

function* namesIn(text: string): Generator<{ name: string; end: number }> {
  for (const match of text.matchAll(NAME_TOKEN)) {
    yield { name: decodeName(match[1]), end: (match.index ?? 0) + match[0].length }
  }
}

function isUnsafe(text: string): boolean {
  if (HTML_MARKERS.test(text)) return true
  for (const { name, end } of namesIn(text)) {
    if (!BLOCKED_NAMES.has(name)) continue
    if (name === 'OpenAction') {
      // `/OpenAction [3 0 R /Fit]` only says which page to show first (LibreOffice writes one into
      // every PDF); an action dictionary or an indirect reference could be anything, so it is refused.
      const after = text.slice(end, end + 64).replace(/^[\x00\t\n\f\r ]+/, '')
      if (after.startsWith('[')) continue
    }
    return true
  }
  return false
}

/** Total decompressed bytes we are willing to inspect, against "zip bombs" in object streams. */
const INFLATE_BUDGET = 32 * 1024 * 1024
const STREAM_START = /stream(?:\r\n|\n|\r)/g
const OBJECT_HEADER = /\d+[\x00\t\n\f\r ]+\d+[\x00\t\n\f\r ]+obj/g
const FILTER_NAMES = new Set([
  'FlateDecode', 'Fl', 'LZWDecode', 'LZW', 'ASCIIHexDecode', 'AHx', 'ASCII85Decode', 'A85', 'RunLengthDecode', 'RL',
  'CCITTFaxDecode', 'CCF', 'JBIG2Decode', 'DCTDecode', 'DCT', 'JPXDecode', 'Crypt',
])

/**
 * Since PDF 1.5, dictionaries (including the catalog with its /OpenAction, or a JavaScript action)
 * may sit compressed inside object streams, where a search of the raw bytes cannot see them.
 * Returns the decompressed text of every object stream, or undefined when one cannot be read.
 */
async function objectStreamTexts(bytes: Buffer, text: string): Promise<string[] | undefined> {
  const texts: string[] = []
  let budget = INFLATE_BUDGET
  for (const match of text.matchAll(STREAM_START)) {
    const keyword = match.index ?? 0
    if (text.slice(keyword - 3, keyword) === 'end') continue
    const window = text.slice(Math.max(0, keyword - 4096), keyword)
    const headers = Array.from(window.matchAll(OBJECT_HEADER))
    const last = headers.at(-1)
    const dictionary = last ? window.slice((last.index ?? 0) + last[0].length) : window
    const names = Array.from(namesIn(dictionary), (entry) => entry.name)
    if (!names.includes('ObjStm')) continue

    const filters = names.filter((name) => FILTER_NAMES.has(name))
    if (filters.length === 0) continue // stored uncompressed: the raw search already covered it
    if (filters.length !== 1 || !['FlateDecode', 'Fl'].includes(filters[0])) return undefined
    if (names.includes('DecodeParms') || names.includes('DP')) return undefined

    const start = keyword + match[0].length
    const end = text.indexOf('endstream', start)
    if (end < 0 || budget <= 0) return undefined
    try {
      const inflated = await inflateAsync(bytes.subarray(start, end), {
        maxOutputLength: budget,
        finishFlush: constants.Z_SYNC_FLUSH,
      })
      budget -= inflated.length
      texts.push(inflated.toString('latin1'))
    } catch {
      // Encrypted, damaged, or larger than the budget.
      return undefined
    }
  }
  return texts
}

/**
 * Decides whether a PDF may be kept byte for byte. The raw bytes are searched as latin1 for the
 * names of dangerous features (also when spelled with #xx escapes, e.g. /J#61vaScript), and so is
 * the content of every compressed object stream.
 */
export async function inspectPdf(bytes: Buffer): Promise<PdfVerdict> {
  if (!hasPdfStructure(bytes)) return 'malformed'
  const text = bytes.toString('latin1')
  if (isUnsafe(text)) return 'unsafe'
  const hidden = await objectStreamTexts(bytes, text)
  if (!hidden) return 'uninspectable'
  return hidden.some(isUnsafe) ? 'unsafe' : 'ok'
}
