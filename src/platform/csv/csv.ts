// The one CSV writer of the site (open-data figures, station CSV lines, the audit-log export):
// RFC 4180 fields, CRLF records, a byte-order mark so that spreadsheets read UTF-8 Chinese.

export type CsvCell = string | number | null | undefined

/** Excel reads UTF-8 only when the file starts with a byte-order mark; without it Chinese is garbled. */
export const UTF8_BOM = '\uFEFF'

/**
 * One field by RFC 4180: quoted when it holds a comma, quote or line break (or starts or ends with
 * a space, which spreadsheets would trim), quotes doubled. Text starting with = + - @ (or a tab or
 * carriage return) is prefixed with an apostrophe so a spreadsheet shows it as text instead of
 * running it as a formula. Null and undefined are empty fields; numbers are written plainly.
 */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** One record, without its line break. */
export const csvLine = (values: CsvCell[]) => values.map(csvField).join(',')

/** Rows as an RFC 4180 file: BOM first, CRLF after every record. */
export function toCsv(rows: CsvCell[][]): string {
  return UTF8_BOM + rows.map((row) => csvLine(row) + '\r\n').join('')
}
