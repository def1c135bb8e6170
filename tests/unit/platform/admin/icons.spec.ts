import { readFileSync } from 'node:fs'
import path from 'node:path'
import { ImageResponse } from 'next/og'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { AdminIcon } from '@/platform/admin/ui/AdminIcon'
import { AdminLogo } from '@/platform/admin/ui/AdminLogo'
import { SITE_ICONS } from '@/platform/site-shell/site-icons'

// The files in public/ as committed (made by scripts/make-icons.mjs from public/icon.svg).
const publicFile = (name: string) => readFileSync(path.join(process.cwd(), 'public', name))
const BRAND_RED = { r: 0x8f, g: 0x1d, b: 0x1d }

/** The colour of one pixel, as decoded by sharp. */
async function pixel(image: Buffer, x: number, y: number) {
  const { data, info } = await sharp(image).ensureAlpha().raw().toBuffer({ resolveWithObject: true })
  const at = (y * info.width + x) * 4
  return { r: data[at], g: data[at + 1], b: data[at + 2], alpha: data[at + 3] }
}

/** The images an ICO file lists: its 6-byte header, then a 16-byte entry per image. */
function icoEntries(file: Buffer) {
  expect(file.readUInt16LE(0)).toBe(0)
  expect(file.readUInt16LE(2)).toBe(1)
  return Array.from({ length: file.readUInt16LE(4) }, (_, index) => {
    const entry = 6 + 16 * index
    const length = file.readUInt32LE(entry + 8)
    const offset = file.readUInt32LE(entry + 12)
    const image = file.subarray(offset, offset + length)
    return { width: file[entry] || 256, height: file[entry + 1] || 256, image, length }
  })
}

describe('the site icons in public/', () => {
  for (const name of ['icon.svg', 'logo.svg']) {
    it(`${name} is a square SVG in the brand red that librsvg, a strict XML parser, reads`, async () => {
      const svg = publicFile(name).toString('utf8')
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 64 64"/)
      expect(svg).toContain('fill="#8f1d1d"')
      // Nothing to download and no font needed: the name lives in <title> and in the admin's HTML.
      expect(svg).not.toMatch(/<text|<image|href=|@import|url\(/)
      const metadata = await sharp(Buffer.from(svg)).metadata()
      expect([metadata.format, metadata.width, metadata.height]).toEqual(['svg', 64, 64])
      const edge = await pixel(await sharp(Buffer.from(svg)).png().toBuffer(), 32, 1)
      expect(edge).toEqual({ ...BRAND_RED, alpha: 255 })
    })
  }

  it('favicon.ico holds 16, 32 and 48 px PNG images that decode to their listed sizes', async () => {
    const file = publicFile('favicon.ico')
    const entries = icoEntries(file)
    expect(entries.map(({ width, height }) => [width, height])).toEqual([[16, 16], [32, 32], [48, 48]])
    for (const { width, height, image, length } of entries) {
      expect(image.length).toBe(length)
      const metadata = await sharp(image).metadata()
      expect([metadata.format, metadata.width, metadata.height]).toEqual(['png', width, height])
    }
  })

  it('apple-touch-icon.png is 180 px with no transparency, brand red out to its corners', async () => {
    const file = publicFile('apple-touch-icon.png')
    const { format, width, height, hasAlpha } = await sharp(file).metadata()
    expect([format, width, height, hasAlpha]).toEqual(['png', 180, 180, false])
    expect(await pixel(file, 0, 0)).toEqual({ ...BRAND_RED, alpha: 255 })
    // The house is white (its lower left corner: 17, 50 of the SVG's 64), the heart in it red.
    expect(await pixel(file, 48, 140)).toEqual({ r: 255, g: 255, b: 255, alpha: 255 })
    expect(await pixel(file, 90, 115)).toEqual({ ...BRAND_RED, alpha: 255 })
  })

  for (const size of [192, 512]) {
    it(`icon-${size}.png is ${size} px, the mark on transparent rounded corners`, async () => {
      const file = publicFile(`icon-${size}.png`)
      const metadata = await sharp(file).metadata()
      expect([metadata.format, metadata.width, metadata.height]).toEqual(['png', size, size])
      expect((await pixel(file, 0, 0)).alpha).toBe(0)
      expect(await pixel(file, size / 2, 2)).toEqual({ ...BRAND_RED, alpha: 255 })
    })
  }

  it('the pages link only files that exist in public/', () => {
    const linked = [...SITE_ICONS.icon, SITE_ICONS.apple].map(({ url }) => url)
    expect(linked).toEqual(['/favicon.ico', '/icon.svg', '/apple-touch-icon.png'])
    for (const url of linked) expect(publicFile(url.slice(1)).length).toBeGreaterThan(0)
  })
})

describe('the admin graphics', () => {
  it('the login logo shows the mark and names the site in text', () => {
    const html = renderToStaticMarkup(createElement(AdminLogo))
    expect(html).toContain('src="/logo.svg"')
    expect(html).toContain('成都市计划生育与生殖健康服务网')
  })

  it('the icon carries public/icon.svg inline, so Payload can draw it into Open Graph pictures', async () => {
    const html = renderToStaticMarkup(createElement(AdminIcon))
    expect(html).toContain(`src="data:image/svg+xml;base64,${publicFile('icon.svg').toString('base64')}"`)
    // What Payload's /api/og does with the configured icon; an address like /icon.svg fails there.
    const frame = createElement('div', { style: { display: 'flex' } }, createElement(AdminIcon))
    const picture = new ImageResponse(frame, { width: 100, height: 100 })
    const metadata = await sharp(Buffer.from(await picture.arrayBuffer())).metadata()
    expect([metadata.format, metadata.width]).toEqual(['png', 100])
  })
})
