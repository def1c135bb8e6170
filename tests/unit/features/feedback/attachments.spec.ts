import { crc32, deflateSync } from 'node:zlib'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import {
  displayName,
  FEEDBACK_ATTACHMENT_LIMITS,
  sanitizeFeedbackAttachment,
  sanitizeFeedbackAttachments,
} from '@/features/feedback/server/attachments'

const MB = 1024 * 1024
const latin1 = (text: string) => Buffer.from(text, 'latin1')

const solid = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 40, g: 120, b: 200 } } })

/** A JPEG carrying the kind of EXIF a phone writes: camera and GPS position. */
const jpegWithGps = () =>
  solid(64, 48)
    .jpeg()
    .withExif({
      IFD0: { Make: 'PhoneMaker', Model: 'Phone 12' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '30/1 39/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '104/1 4/1 0/1' },
    })
    .toBuffer()

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([latin1(type), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A structurally valid, tiny PNG whose header claims any size we like. */
function pngClaiming(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 2 // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(Buffer.alloc(64))),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}

/** A minimal PDF with a correct cross-reference table; objects are numbered from 1. */
function buildPdf(objects: (string | Buffer)[]): Buffer {
  const parts: Buffer[] = [latin1('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')]
  let length = parts[0].length
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(length)
    const part = Buffer.concat([latin1(`${i + 1} 0 obj\n`), typeof body === 'string' ? latin1(body) : body, latin1('\nendobj\n')])
    parts.push(part)
    length += part.length
  })
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n `),
    'trailer',
    `<< /Size ${objects.length + 1} /Root 1 0 R >>`,
    'startxref',
    String(length),
    '%%EOF',
    '',
  ].join('\n')
  return Buffer.concat([...parts, latin1(xref)])
}

const catalog = (extra = '') => `<< /Type /Catalog /Pages 2 0 R ${extra}>>`
const pages = '<< /Type /Pages /Kids [3 0 R] /Count 1 >>'
const page = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>'
const plainPdf = () => buildPdf([catalog(), pages, page])

const one = (name: string, data: Uint8Array, index = 0) => sanitizeFeedbackAttachment({ name, data }, index)

async function cleanFile(name: string, data: Uint8Array, index = 0) {
  const result = await one(name, data, index)
  if (!result.ok) throw new Error(`expected ${name} to pass, got: ${result.message}`)
  return result.file
}

async function refusal(name: string, data: Uint8Array) {
  const result = await one(name, data)
  if (result.ok) throw new Error(`expected ${name} to be refused`)
  return result.message
}

describe('feedback attachment limits', () => {
  it('are the agreed numbers', () => {
    expect(FEEDBACK_ATTACHMENT_LIMITS).toEqual({
      maxFiles: 3,
      maxBytesPerFile: 5 * MB,
      maxTotalBytes: 12 * MB,
      maxPixels: 40_000_000,
      maxDimension: 12_000,
    })
  })
})

describe('images are decoded and re-encoded', () => {
  it('strips EXIF with the GPS position and keeps the pixel size', async () => {
    const input = await jpegWithGps()
    const before = await sharp(input).metadata()
    expect(before.exif).toBeDefined()
    expect(before.exif!.includes(Buffer.from([0x88, 0x25])) || before.exif!.includes(Buffer.from([0x25, 0x88]))).toBe(true)

    const file = await cleanFile('IMG_0001.JPG', input)
    expect(file).toMatchObject({ name: '附件-1.jpg', mimetype: 'image/jpeg', size: file.data.length })
    const after = await sharp(file.data).metadata()
    expect(after).toMatchObject({ format: 'jpeg', width: 64, height: 48 })
    expect(after.exif).toBeUndefined()
    expect(after.xmp).toBeUndefined()
    expect(after.iptc).toBeUndefined()
    expect(after.icc).toBeUndefined()
    expect(file.data.includes(latin1('Exif\0\0'))).toBe(false)
    expect(file.data.includes(latin1('PhoneMaker'))).toBe(false)
  })

  it('applies the EXIF orientation to the pixels and drops the tag', async () => {
    // Left half red, right half blue; orientation 6 means "turn 90° clockwise to view".
    const width = 40
    const height = 20
    const pixels = Buffer.alloc(width * height * 3)
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) pixels.set(x < width / 2 ? [255, 0, 0] : [0, 0, 255], (y * width + x) * 3)
    }
    const input = await sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg().withMetadata({ orientation: 6 }).toBuffer()
    expect((await sharp(input).metadata()).orientation).toBe(6)

    const file = await cleanFile('sideways.jpg', input)
    const after = await sharp(file.data).metadata()
    expect(after).toMatchObject({ width: 20, height: 40 })
    expect(after.orientation).toBeUndefined()
    const { data } = await sharp(file.data).raw().toBuffer({ resolveWithObject: true })
    const at = (x: number, y: number) => Array.from(data.subarray((y * 20 + x) * 3, (y * 20 + x) * 3 + 3))
    const [topRed, , topBlue] = at(10, 5)
    const [bottomRed, , bottomBlue] = at(10, 35)
    expect(topRed).toBeGreaterThan(200)
    expect(topBlue).toBeLessThan(60)
    expect(bottomBlue).toBeGreaterThan(200)
    expect(bottomRed).toBeLessThan(60)
  })

  it('converts a Display P3 photo to sRGB without keeping the profile', async () => {
    const input = await solid(16, 16).jpeg().withIccProfile('p3').toBuffer()
    expect((await sharp(input).metadata()).icc).toBeDefined()
    const file = await cleanFile('p3.jpg', input)
    const after = await sharp(file.data).metadata()
    expect(after.icc).toBeUndefined()
    expect(after.space).toBe('srgb')
  })

  it('keeps PNG and WebP in their own format and names the file by its position', async () => {
    const png = await cleanFile('screenshot.png', await solid(30, 10).png().toBuffer(), 1)
    expect(png).toMatchObject({ name: '附件-2.png', mimetype: 'image/png' })
    expect(await sharp(png.data).metadata()).toMatchObject({ format: 'png', width: 30, height: 10 })

    const webp = await cleanFile('photo.webp', await solid(12, 34).webp().toBuffer(), 2)
    expect(webp).toMatchObject({ name: '附件-3.webp', mimetype: 'image/webp' })
    expect(await sharp(webp.data).metadata()).toMatchObject({ format: 'webp', width: 12, height: 34 })
  })

  it('keeps only the first frame of an animated WebP', async () => {
    const frames = await Promise.all(
      [0, 120, 240].map((r) => sharp({ create: { width: 8, height: 6, channels: 3, background: { r, g: 0, b: 0 } } }).png().toBuffer()),
    )
    const animated = await sharp(frames, { join: { animated: true } }).webp().toBuffer()
    expect((await sharp(animated).metadata()).pages).toBe(3)

    const file = await cleanFile('moving.webp', animated)
    const after = await sharp(file.data).metadata()
    expect(after.pages ?? 1).toBe(1)
    expect(after).toMatchObject({ width: 8, height: 6 })
  })

  it('drops a script appended after the JPEG data', async () => {
    const input = Buffer.concat([await solid(20, 20).jpeg().toBuffer(), latin1('<script>alert(1)</script>')])
    const file = await cleanFile('photo.jpg', input)
    expect(file.data.includes(latin1('<script'))).toBe(false)
    expect(await sharp(file.data).metadata()).toMatchObject({ format: 'jpeg', width: 20, height: 20 })
  })

  it('drops a zip archive appended to a JPEG and a script in a JPEG comment', async () => {
    const jpeg = await solid(20, 20).jpeg().toBuffer()
    const comment = latin1('<script>alert(1)</script>')
    const com = Buffer.concat([Buffer.from([0xff, 0xfe, 0, comment.length + 2]), comment])
    const zip = Buffer.concat([latin1('PK\x03\x04\x14\x00\x00\x00'), latin1('evil.html<html><script>x()</script>')])
    const input = Buffer.concat([jpeg.subarray(0, 2), com, jpeg.subarray(2), zip])
    const file = await cleanFile('photo.jpg', input)
    expect(file.data.includes(latin1('<script'))).toBe(false)
    expect(file.data.includes(latin1('PK\x03\x04'))).toBe(false)
  })

  it('drops PNG text chunks and data after IEND', async () => {
    const png = await solid(10, 10).png().toBuffer()
    const text = pngChunk('tEXt', latin1('Comment\0<script>alert(1)</script>'))
    const input = Buffer.concat([png.subarray(0, 33), text, png.subarray(33), latin1('<html><script>alert(2)</script>')])
    expect((await sharp(input).metadata()).comments).toBeDefined()
    const file = await cleanFile('shot.png', input)
    expect(file.data.includes(latin1('<script'))).toBe(false)
    expect((await sharp(file.data).metadata()).comments).toBeUndefined()
  })
})

describe('content decides what a file is', () => {
  it('refuses a renamed executable', async () => {
    const exe = latin1('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00PE\x00\x00'.padEnd(256, '\0'))
    expect(await refusal('photo.jpg', exe)).toBe('附件“photo.jpg”无法识别为图片或 PDF，请换一个文件')
  })

  it('refuses an HTML page named .png', async () => {
    const html = latin1('<!doctype html><html><body><script>alert(1)</script></body></html>')
    expect(await refusal('picture.png', html)).toBe('附件“picture.png”无法识别为图片或 PDF，请换一个文件')
  })

  it('refuses HTML behind a JPEG signature, which does not decode', async () => {
    const fake = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), latin1('<html><script>alert(1)</script></html>')])
    expect(await refusal('photo.jpg', fake)).toBe('附件“photo.jpg”无法识别为图片或 PDF，请换一个文件')
  })

  it('refuses a truncated image', async () => {
    const jpeg = await solid(50, 50).jpeg().toBuffer()
    expect(await refusal('cut.jpg', jpeg.subarray(0, jpeg.length - 60))).toContain('无法识别为图片或 PDF')
  })

  it('goes by the content when the extension is wrong, and stores our own name', async () => {
    const jpeg = await solid(10, 10).jpeg().toBuffer()
    expect(await cleanFile('photo.png', jpeg)).toMatchObject({ name: '附件-1.jpg', mimetype: 'image/jpeg' })
    expect(await cleanFile('C:\\fakepath\\..\\..\\evil.exe', plainPdf())).toMatchObject({ name: '附件-1.pdf', mimetype: 'application/pdf' })
  })
})

describe('pixel floods are refused before decoding', () => {
  it('refuses a tiny PNG claiming 30000×30000 pixels in well under a second', async () => {
    const bomb = pngClaiming(30_000, 30_000)
    expect(bomb.length).toBeLessThan(200)
    const started = performance.now()
    const message = await refusal('bomb.png', bomb)
    expect(performance.now() - started).toBeLessThan(500)
    expect(message).toContain('图片尺寸过大')
    expect(message).toContain('bomb.png')
    expect(message).toContain('30000×30000')
  })

  it('refuses a side longer than 12000 pixels and more than 40 million pixels in total', async () => {
    expect(await refusal('long.png', pngClaiming(12_001, 10))).toContain('图片尺寸过大')
    expect(await refusal('many.png', pngClaiming(7_000, 7_000))).toContain('图片尺寸过大')
  })
})

describe('PDF attachments', () => {
  it('keeps a well-formed PDF byte for byte under our own name', async () => {
    const pdf = plainPdf()
    const file = await cleanFile('体检报告.PDF', pdf)
    expect(file).toMatchObject({ name: '附件-1.pdf', mimetype: 'application/pdf', size: pdf.length })
    expect(Buffer.compare(file.data, pdf)).toBe(0)
  })

  it('refuses a PDF that Payload would reject (no xref or %%EOF at the end)', async () => {
    const pdf = plainPdf()
    const message = await refusal('cut.pdf', pdf.subarray(0, pdf.indexOf(latin1('xref'))))
    expect(message).toBe('附件“cut.pdf”不是完整的 PDF 文件，请重新导出或另存后再上传')
    expect(await refusal('noeof.pdf', latin1(pdf.toString('latin1').replace('%%EOF', '')))).toContain('不是完整的 PDF')
  })

  it('refuses JavaScript, launch actions, embedded files and open actions', async () => {
    const unsafe = '附件“x.pdf”包含不安全的内容，请另存为普通 PDF 后再上传'
    const js = buildPdf([catalog('/OpenAction 4 0 R '), pages, page, '<< /Type /Action /S /JavaScript /JS (app.alert(1)) >>'])
    expect(await refusal('x.pdf', js)).toBe(unsafe)
    expect(await refusal('x.pdf', buildPdf([catalog('/Names << /JavaScript 4 0 R >> '), pages, page, '<< >>']))).toBe(unsafe)
    expect(await refusal('x.pdf', buildPdf([catalog(), pages, page, '<< /S /Launch /F (cmd.exe) >>']))).toBe(unsafe)
    expect(await refusal('x.pdf', buildPdf([catalog('/Names << /EmbeddedFiles 4 0 R >> '), pages, page, '<< >>']))).toBe(unsafe)
    expect(await refusal('x.pdf', buildPdf([catalog('/OpenAction << /S /URI /URI (http://example.com) >> '), pages, page]))).toBe(unsafe)
    expect(await refusal('x.pdf', buildPdf([catalog(), pages, page, '<< /JS (x) >>']))).toBe(unsafe)
  })

  it('sees through #xx escapes in names', async () => {
    const pdf = buildPdf([catalog('/AA << /O 4 0 R >> '), pages, page, '<< /S /J#61va#53cript /J#53 (app.alert(1)) >>'])
    expect(await refusal('x.pdf', pdf)).toContain('包含不安全的内容')
  })

  it('allows an open action that only picks the first page to show', async () => {
    expect((await one('x.pdf', buildPdf([catalog('/OpenAction [3 0 R /Fit] '), pages, page]))).ok).toBe(true)
    expect((await one('x.pdf', buildPdf([catalog('/OpenAction[3 0 R /XYZ null null 0]'), pages, page]))).ok).toBe(true)
  })

  it('looks inside compressed object streams', async () => {
    const hidden = '4 0 << /S /JavaScript /JS (app.alert(1)) >>'
    const compressed = deflateSync(latin1(hidden))
    const objStm = Buffer.concat([
      latin1(`<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${compressed.length} >>\nstream\n`),
      compressed,
      latin1('\nendstream'),
    ])
    // Nothing outside the object stream gives it away.
    const pdf = buildPdf([catalog(), pages, page, objStm])
    expect(pdf.includes(latin1('JavaScript'))).toBe(false)
    expect(await refusal('x.pdf', pdf)).toContain('包含不安全的内容')

    const harmless = deflateSync(latin1('5 0 << /Producer (Scanner) >>'))
    const cleanStm = Buffer.concat([
      latin1(`<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${harmless.length} >>\nstream\n`),
      harmless,
      latin1('\nendstream'),
    ])
    expect((await one('x.pdf', buildPdf([catalog(), pages, page, cleanStm]))).ok).toBe(true)

    const unreadable = Buffer.concat([latin1('<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length 9 >>\nstream\n'), latin1('not zlib!'), latin1('\nendstream')])
    expect(await refusal('x.pdf', buildPdf([catalog(), pages, page, unreadable]))).toBe(
      '附件“x.pdf”的内容无法检查，请另存为普通 PDF 后再上传',
    )
  })

  it('refuses a PDF that is also a web page', async () => {
    const pdf = buildPdf([catalog(), pages, page, '<< /Comment (<html><script>alert(1)</script></html>) >>'])
    expect(await refusal('x.pdf', pdf)).toContain('包含不安全的内容')
  })
})

describe('names shown in messages', () => {
  it('drops folders, control and direction-override characters, and keeps at most 40 characters', () => {
    expect(displayName('C:\\fakepath\\photo.jpg')).toBe('photo.jpg')
    expect(displayName('../../etc/passwd')).toBe('passwd')
    expect(displayName('a\u0000b\u001b[31mc\u202egpj.exe\r\n')).toBe('ab[31mcgpj.exe')
    expect(displayName('')).toBe('未命名文件')
    expect(displayName(undefined)).toBe('未命名文件')
    const long = displayName(`${'很长的文件名'.repeat(10)}.jpg`)
    expect(Array.from(long)).toHaveLength(40)
    expect(long.endsWith('…')).toBe(true)
  })

  it('never echoes the raw name in a message', async () => {
    const message = await refusal('\u202eevil\u0007<b>'.padEnd(80, 'x') + '.jpg', latin1('MZ'.padEnd(64, '\0')))
    expect(message).not.toMatch(/[\u0000-\u001f\u202e]/)
    expect(message).toMatch(/^附件“evil<b>x{32}…”无法识别为图片或 PDF，请换一个文件$/)
  })
})

describe('a whole submission', () => {
  it('skips empty file fields', async () => {
    const empty = { name: '', data: new Uint8Array(0) }
    const jpeg = await solid(10, 10).jpeg().toBuffer()
    const result = await sanitizeFeedbackAttachments([empty, { name: 'a.jpg', data: jpeg }, empty, { name: 'b.pdf', data: plainPdf() }, empty])
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.files.map((file) => file.name)).toEqual(['附件-1.jpg', '附件-2.pdf'])
    expect(await sanitizeFeedbackAttachments([empty, empty])).toEqual({ ok: true, files: [] })
    expect(await sanitizeFeedbackAttachments([])).toEqual({ ok: true, files: [] })
  })

  it('refuses a chosen file that is empty', async () => {
    expect(await sanitizeFeedbackAttachments([{ name: 'blank.jpg', data: new Uint8Array(0) }])).toEqual({
      ok: false,
      message: '附件“blank.jpg”是空文件，请重新选择',
    })
  })

  it('refuses more than three files before looking at them', async () => {
    const file = { name: 'a.jpg', data: new Uint8Array([1, 2, 3]) }
    expect(await sanitizeFeedbackAttachments([file, file, file, file])).toEqual({ ok: false, message: '最多只能上传 3 个附件' })
  })

  it('refuses a file over 5 MB', async () => {
    const big = new Uint8Array(5 * MB + 1)
    expect(await sanitizeFeedbackAttachments([{ name: '大图.jpg', data: big }])).toEqual({
      ok: false,
      message: '附件“大图.jpg”太大（5.1 MB），每个附件不能超过 5 MB',
    })
    expect(await one('大图.jpg', new Uint8Array(6 * MB))).toEqual({ ok: false, message: '附件“大图.jpg”太大（6 MB），每个附件不能超过 5 MB' })
  })

  it('refuses more than 12 MB in total', async () => {
    const file = (name: string) => ({ name, data: new Uint8Array(4.5 * MB) })
    const result = await sanitizeFeedbackAttachments([file('1.jpg'), file('2.jpg'), file('3.jpg')])
    expect(result).toEqual({ ok: false, message: '附件总大小（13.5 MB）超过 12 MB，请删减或压缩附件后再上传' })
  })

  it('stops at the first refused file and names it', async () => {
    const jpeg = await solid(10, 10).jpeg().toBuffer()
    const result = await sanitizeFeedbackAttachments([
      { name: 'good.jpg', data: jpeg },
      { name: 'bad.png', data: latin1('<html></html>') },
    ])
    expect(result).toEqual({ ok: false, message: '附件“bad.png”无法识别为图片或 PDF，请换一个文件' })
  })

  it('never throws on nonsense input', async () => {
    const nonsense = [null, undefined, 42, 'x', { name: 5, data: 'abc' }, { name: 'a.jpg' }, { name: 'a.jpg', data: [1, 2] }]
    for (const entry of nonsense) {
      const result = await sanitizeFeedbackAttachment(entry as never, 0)
      expect(result.ok).toBe(false)
    }
    expect((await sanitizeFeedbackAttachments(nonsense as never)).ok).toBe(false)
    expect((await sanitizeFeedbackAttachments('files' as never)).ok).toBe(false)
    expect((await sanitizeFeedbackAttachments(null as never)).ok).toBe(false)
  })
})
