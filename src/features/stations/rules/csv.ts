// RFC 4180 CSV, as spreadsheets save it: optional BOM, CRLF or LF, quoted fields that may hold
// commas, doubled quotes and line breaks. Every record remembers the line it starts on, so
// problems can be reported the way staff see the file in a text editor or spreadsheet.

export type CsvRecord = { line: number; fields: string[] }

export type CsvParseResult = { records: CsvRecord[]; error?: { line: number; message: string } }

export function parseCsv(input: string): CsvParseResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input
  const records: CsvRecord[] = []
  let fields: string[] = []
  let field = ''
  let line = 1
  let recordLine = 1
  let quoted = false
  let quoteOpenedOn = 0
  let fieldStarted = false

  const endField = () => {
    fields.push(field)
    field = ''
    fieldStarted = false
  }
  const endRecord = () => {
    endField()
    // A line with nothing on it is not a record (spreadsheets leave them at the end)
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields })
    fields = []
  }

  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i++
        } else {
          quoted = false
        }
      } else {
        if (ch === '\n') line++
        else if (ch === '\r' && text[i + 1] !== '\n') line++
        field += ch
      }
      continue
    }
    if (ch === '"' && !fieldStarted && field === '') {
      quoted = true
      fieldStarted = true
      quoteOpenedOn = line
    } else if (ch === ',') {
      endField()
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      endRecord()
      line++
      recordLine = line
    } else {
      // Text after a closing quote ("a"b) is kept as written rather than refused
      field += ch
      fieldStarted = true
    }
  }
  if (quoted) {
    return { records, error: { line: quoteOpenedOn, message: `第 ${quoteOpenedOn} 行：引号没有闭合，请检查该行的双引号` } }
  }
  if (field !== '' || fields.length > 0) endRecord()
  return { records }
}

export { csvField, csvLine } from '@/platform/csv/csv'

/**
 * The text of an uploaded CSV. Spreadsheets in China save CSV as GBK unless told otherwise, so a
 * file that is not valid UTF-8 is read as GB18030 (a superset of GBK).
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3))
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('gb18030').decode(bytes)
  }
}
