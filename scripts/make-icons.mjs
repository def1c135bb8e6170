// Makes the site's raster icons from the square mark, public/icon.svg. The files it writes are
// committed; run it again after changing the SVG:
//
//   node scripts/make-icons.mjs
//
// public/favicon.ico           16, 32 and 48 px PNG images in one ICO container
// public/apple-touch-icon.png  180 px on the brand red with no transparency (iOS masks it itself)
// public/icon-192.png, public/icon-512.png
import { readFile, writeFile } from 'node:fs/promises'
import sharp from 'sharp'

const PUBLIC = new URL('../public/', import.meta.url)
const BRAND_RED = '#8f1d1d'
// The SVG's own size; rasterised at four times the target size and scaled down, for clean edges.
const SVG_SIZE = 64
const OVERSAMPLE = 4

const svg = await readFile(new URL('icon.svg', PUBLIC))

/** The mark as a PNG of `size` px square; `opaque` fills the rounded corners with the brand red. */
async function png(size, { opaque = false } = {}) {
  const image = sharp(svg, { density: (72 * size * OVERSAMPLE) / SVG_SIZE }).resize(size, size)
  return (opaque ? image.flatten({ background: BRAND_RED }) : image).png({ compressionLevel: 9 }).toBuffer()
}

/**
 * An ICO file holding PNG images (read by every browser since Internet Explorer 11): a 6-byte
 * header, one 16-byte directory entry per image, then the images themselves.
 */
function ico(images) {
  const header = Buffer.alloc(6)
  header.writeUInt16LE(0, 0) // reserved
  header.writeUInt16LE(1, 2) // 1 = icon
  header.writeUInt16LE(images.length, 4)
  let offset = header.length + 16 * images.length
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16)
    entry.writeUInt8(size % 256, 0) // width; 0 stands for 256
    entry.writeUInt8(size % 256, 1) // height
    entry.writeUInt8(0, 2) // no palette
    entry.writeUInt8(0, 3) // reserved
    entry.writeUInt16LE(1, 4) // colour planes
    entry.writeUInt16LE(32, 6) // bits per pixel
    entry.writeUInt32LE(data.length, 8)
    entry.writeUInt32LE(offset, 12)
    offset += data.length
    return entry
  })
  return Buffer.concat([header, ...entries, ...images.map(({ data }) => data)])
}

const favicon = ico(await Promise.all([16, 32, 48].map(async (size) => ({ size, data: await png(size) }))))
const files = {
  'favicon.ico': favicon,
  'apple-touch-icon.png': await png(180, { opaque: true }),
  'icon-192.png': await png(192),
  'icon-512.png': await png(512),
}
for (const [name, data] of Object.entries(files)) {
  await writeFile(new URL(name, PUBLIC), data)
  console.log(`public/${name}: ${data.length} bytes`)
}
