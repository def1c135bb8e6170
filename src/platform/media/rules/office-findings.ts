/**
 * What in an Office or OpenDocument file can act when a resident opens it: macros, ActiveX
 * controls, packaged programs, links that fetch from elsewhere (a remote template, an external
 * workbook, DDE). A policy attachment needs none of these; ordinary hyperlinks are fine.
 */
export type OfficeFinding = 'macros' | 'activex' | 'embedded-program' | 'external-link' | 'dde'

export type OfficePart = { name: string; text?: string }

const MACRO_PARTS = [/(^|\/)vbaProject\.bin$/i, /(^|\/)vbaData\.xml$/i, /^xl\/macrosheets\//i, /^(Basic|Scripts)\//]
const ACTIVEX_PARTS = [/(^|\/)activeX\//i]
/** Packaged objects (oleObject*.bin can carry any program) and macro-enabled embedded files. */
const EMBEDDED_PROGRAM_PARTS = [/(^|\/)embeddings\/[^/]+\.bin$/i, /(^|\/)embeddings\/[^/]+\.(docm|xlsm|pptm|xlsb|exe|js|vbs|bat|cmd|scr)$/i]
const EXTERNAL_PARTS = [/^xl\/externalLinks\//i]

/** The parts whose text must be read to judge the file (relationships, content types, Word fields). */
export const PARTS_TO_READ = /(\.rels$)|(^\[Content_Types\]\.xml$)|(^word\/(document|header\d*|footer\d*)\.xml$)/i

const EXTERNAL_RELATIONSHIP = /<Relationship\b[^>]*>/gi
const DDE_FIELD = /(<w:instrText\b[^>]*>\s*DDE(AUTO)?\b)|(\bw:instr="\s*DDE(AUTO)?\b)/i

function externalTargets(rels: string): boolean {
  for (const [tag] of rels.matchAll(EXTERNAL_RELATIONSHIP)) {
    if (!/TargetMode\s*=\s*"External"/i.test(tag)) continue
    // A hyperlink opens only when clicked, in the browser; anything else (attachedTemplate,
    // oleObject, frame, subDocument, externalLinkPath …) is fetched when the file opens.
    if (/Type\s*=\s*"[^"]*\/hyperlink"/i.test(tag)) continue
    return true
  }
  return false
}

/** The findings in a zip-packaged document, from its part names and the texts of PARTS_TO_READ. */
export function officeFindings(parts: OfficePart[]): OfficeFinding[] {
  const found = new Set<OfficeFinding>()
  for (const { name, text } of parts) {
    if (MACRO_PARTS.some((pattern) => pattern.test(name))) found.add('macros')
    if (ACTIVEX_PARTS.some((pattern) => pattern.test(name))) found.add('activex')
    if (EMBEDDED_PROGRAM_PARTS.some((pattern) => pattern.test(name))) found.add('embedded-program')
    if (EXTERNAL_PARTS.some((pattern) => pattern.test(name))) found.add('external-link')
    if (text === undefined) continue
    if (name === '[Content_Types].xml' && /macroEnabled/i.test(text)) found.add('macros')
    if (name.endsWith('.rels') && externalTargets(text)) found.add('external-link')
    if (/^word\//i.test(name) && DDE_FIELD.test(text)) found.add('dde')
  }
  return [...found]
}

const utf16 = (text: string) => {
  const bytes = new Uint8Array(text.length * 2)
  for (let i = 0; i < text.length; i += 1) bytes[i * 2] = text.charCodeAt(i)
  return bytes
}

/** Storage names of VBA projects in legacy Word (Macros) and Excel (_VBA_PROJECT_CUR) files. */
const OLE_MACRO_STORAGES = ['Macros', '_VBA_PROJECT_CUR', '_VBA_PROJECT', 'VBA'].map((name) => ({ name, bytes: utf16(name) }))

/**
 * Macros in a legacy compound file (.doc, .xls): a directory entry (128 bytes, aligned to 128 in
 * the file) named like a VBA storage, its name length field agreeing. Text that merely contains
 * the word is not a directory entry.
 */
export function oleHasMacros(bytes: Uint8Array): boolean {
  for (let at = 512; at + 128 <= bytes.length; at += 128) {
    for (const { name, bytes: wanted } of OLE_MACRO_STORAGES) {
      const nameLength = bytes[at + 64] | (bytes[at + 65] << 8)
      if (nameLength !== (name.length + 1) * 2) continue
      if (wanted.every((value, i) => bytes[at + i] === value) && bytes[at + wanted.length] === 0 && bytes[at + wanted.length + 1] === 0) return true
    }
  }
  return false
}
