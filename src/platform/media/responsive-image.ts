import type { Media } from '@/payload-types'
import { uploadPath } from './upload-path'

/** What a page needs of an image to render it responsively; used as `populate: { media: … }`. */
export const IMAGE_FIELDS = { alt: true, url: true, width: true, height: true, sizes: true } as const

export type ImageDoc = Pick<Media, 'alt' | 'url' | 'width' | 'height' | 'sizes'>

const SIZE_NAMES = ['small', 'medium', 'large'] as const

/** The image's generated WebP sizes as a srcset, smallest first, and the one to use as `src`. */
export function imageSources(image: ImageDoc): { src: string; srcSet: string } | null {
  const sizes = SIZE_NAMES.flatMap((name) => {
    const size = image.sizes?.[name]
    const url = uploadPath(size?.url)
    return url && size?.width ? [{ url, width: size.width }] : []
  })
  const src = sizes.find((size) => size.width >= 960)?.url ?? sizes.at(-1)?.url ?? uploadPath(image.url)
  if (!src) return null
  return { src, srcSet: sizes.map((size) => `${size.url} ${size.width}w`).join(', ') }
}

export function isImageDoc(value: unknown): value is ImageDoc {
  return Boolean(value && typeof value === 'object' && 'alt' in value && 'url' in value)
}
