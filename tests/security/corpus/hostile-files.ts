import zlib from 'node:zlib'
import type { FileCase } from './types'

/**
 * Polyglot and renamed files, decompression bombs and pixel floods, all generated here so no
 * large binary is committed. Each is small on the wire; some declare or expand to huge sizes.
 */
const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'))

function crc32(data: Buffer): number {
  let crc = ~0
  for (const byte of data) {
    crc ^= byte
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1))
  }
  return ~crc >>> 0
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A PNG whose header declares width × height; `rows` of its 1-bit grey data are really there. */
export function declaredPng(width: number, height: number, rows: number): Uint8Array {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 1 // bit depth
  header[9] = 0 // greyscale
  const rowBytes = Math.ceil(width / 8) + 1
  const image = zlib.deflateSync(Buffer.alloc(rowBytes * rows), { level: 9 })
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      pngChunk('IHDR', header),
      pngChunk('IDAT', image),
      pngChunk('IEND', Buffer.alloc(0)),
    ]),
  )
}

/** A baseline JPEG start whose frame header declares width × height and then ends. */
function declaredJpeg(width: number, height: number): Uint8Array {
  const sof = Buffer.from([0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 255, width >> 8, width & 255, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1])
  return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]), Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1'), sof, Buffer.from([0xff, 0xd9])]))
}

/** A GIF whose logical screen is 65535 × 65535. */
function hugeGif(): Uint8Array {
  return new Uint8Array(Buffer.concat([Buffer.from('GIF89a', 'latin1'), Buffer.from([0xff, 0xff, 0xff, 0xff, 0, 0, 0]), Buffer.from(',\0\0\0\0\xff\xff\xff\xff\0\x02\x02D\x01\0;', 'latin1')]))
}

/** A ZIP local-file header (what .docx/.xlsx/.jar also start with). */
function zipBytes(): Uint8Array {
  const content = zlib.deflateRawSync(Buffer.alloc(10 * 1024 * 1024))
  const header = Buffer.alloc(30)
  header.writeUInt32LE(0x04034b50, 0)
  header.writeUInt16LE(20, 4)
  header.writeUInt16LE(8, 8)
  header.writeUInt32LE(content.length, 18)
  header.writeUInt32LE(10 * 1024 * 1024, 22)
  header.writeUInt16LE(5, 26)
  return new Uint8Array(Buffer.concat([header, Buffer.from('a.txt'), content]))
}

const minimalPdfTail = '\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'

export function hostileFiles(): FileCase[] {
  return [
    { name: 'html-as-jpg', fileName: '照片.jpg', type: 'image/jpeg', data: bytes('<!doctype html><script>alert(1)</script>') },
    { name: 'php-as-jpg', fileName: 'shell.jpg', type: 'image/jpeg', data: bytes('<?php system($_GET["c"]); ?>') },
    { name: 'php-after-jpeg-magic', fileName: 'shell.php.jpg', type: 'image/jpeg', data: bytes('\xff\xd8\xff\xe0<?php system($_GET["c"]); ?>') },
    { name: 'gif-js-polyglot', fileName: 'poly.gif', type: 'image/gif', data: bytes('GIF89a/*\x01\x00\x01\x00\x00\x00\x00*/=alert(1);//;') },
    { name: 'svg-with-script', fileName: 'chart.png', type: 'image/svg+xml', data: bytes('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>') },
    { name: 'svg-named-svg', fileName: 'chart.svg', type: 'image/svg+xml', data: bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>') },
    { name: 'zip-as-pdf', fileName: '材料.pdf', type: 'application/pdf', data: zipBytes() },
    { name: 'pdf-with-javascript', fileName: 'form.pdf', type: 'application/pdf', data: bytes('%PDF-1.4\n1 0 obj<</Type/Catalog/OpenAction<</S/JavaScript/JS(app.alert(1))>>>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n') },
    { name: 'html-pdf-polyglot', fileName: 'letter.pdf', type: 'application/pdf', data: bytes(`%PDF-1.4<html><script>alert(1)</script></html>${minimalPdfTail}`) },
    { name: 'exe-as-pdf', fileName: 'scan.pdf', type: 'application/pdf', data: bytes('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xffPE\x00\x00') },
    { name: 'elf-as-png', fileName: 'photo.png', type: 'image/png', data: bytes('\x7fELF\x02\x01\x01\x00') },
    { name: 'empty-jpg', fileName: 'empty.jpg', type: 'image/jpeg', data: new Uint8Array(1) },
    { name: 'truncated-png', fileName: 'cut.png', type: 'image/png', data: new Uint8Array(declaredPng(100, 100, 100).slice(0, 40)) },
    { name: 'png-declares-50000x50000', fileName: 'flood.png', type: 'image/png', data: declaredPng(50_000, 50_000, 1) },
    { name: 'png-pixel-flood-20000x20000', fileName: 'flood2.png', type: 'image/png', data: declaredPng(20_000, 20_000, 20_000) },
    { name: 'png-1x1000000', fileName: 'thin.png', type: 'image/png', data: declaredPng(1, 1_000_000, 1_000_000) },
    { name: 'jpeg-declares-65000x65000', fileName: 'flood.jpg', type: 'image/jpeg', data: declaredJpeg(65_000, 65_000) },
    { name: 'gif-65535-screen', fileName: 'flood.gif', type: 'image/gif', data: hugeGif() },
    { name: 'traversal-file-name', fileName: '../../../../tmp/pwned.jpg', type: 'image/jpeg', data: declaredJpeg(10, 10) },
    { name: 'nul-in-file-name', fileName: 'photo.jpg\u0000.php', type: 'image/jpeg', data: declaredJpeg(10, 10) },
    { name: 'rtl-override-file-name', fileName: '照片\u202egpj.exe', type: 'image/jpeg', data: declaredJpeg(10, 10) },
    { name: 'markup-file-name', fileName: '<img src=x onerror=alert(1)>.jpg', type: 'image/jpeg', data: declaredJpeg(10, 10) },
  ]
}
