import { describe, expect, it } from 'vitest'
import { imageSources } from '@/platform/media/responsive-image'
import { uploadPath } from '@/platform/media/upload-path'

describe('responsive images', () => {
  it.each([
    ['http://127.0.0.1:3000/api/media/file/a-480x270.webp', '/api/media/file/a-480x270.webp'],
    ['/api/media/file/a.png?v=2', '/api/media/file/a.png?v=2'],
    ['https://elsewhere.example/tracker.gif', null],
    [null, null],
  ])('links uploads root-relative, whatever SERVER_URL Payload put in front: %s → %s', (url, path) => {
    expect(uploadPath(url)).toBe(path)
  })

  it('offers the generated WebP sizes as a srcset and the 960 px copy as src', () => {
    const image = {
      alt: '插图',
      url: 'http://site/api/media/file/a.png',
      width: 1440,
      height: 810,
      sizes: {
        small: { url: 'http://site/api/media/file/a-480x270.webp', width: 480 },
        medium: { url: 'http://site/api/media/file/a-960x540.webp', width: 960 },
        large: { url: 'http://site/api/media/file/a-1440x810.webp', width: 1440 },
      },
    }
    expect(imageSources(image)).toEqual({
      src: '/api/media/file/a-960x540.webp',
      srcSet: '/api/media/file/a-480x270.webp 480w, /api/media/file/a-960x540.webp 960w, /api/media/file/a-1440x810.webp 1440w',
    })
  })

  it('falls back to the original for a picture too small for any size', () => {
    expect(imageSources({ alt: 'x', url: '/api/media/file/tiny.png', width: 100, height: 100, sizes: { small: { url: null, width: null } } })).toEqual({
      src: '/api/media/file/tiny.png',
      srcSet: '',
    })
  })
})
