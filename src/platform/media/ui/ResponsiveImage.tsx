import { inScript, type Script } from '@/platform/site-shell/chinese-script'
import { imageSources, isImageDoc } from '@/platform/media/responsive-image'

type Props = { image: unknown; script: Script; sizes: string; className?: string; eager?: boolean }

/**
 * An uploaded image in the WebP sizes Payload made with sharp (480, 960, 1440 px), served from
 * our own origin; the browser picks the smallest that fits. Alt text is required on upload.
 */
export function ResponsiveImage({ image, script, sizes, className, eager }: Props) {
  if (!isImageDoc(image)) return null
  const sources = imageSources(image)
  if (!sources) return null
  return (
    <img
      className={className}
      src={sources.src}
      srcSet={sources.srcSet || undefined}
      sizes={sources.srcSet ? sizes : undefined}
      width={image.width ?? undefined}
      height={image.height ?? undefined}
      alt={inScript(script, image.alt)}
      loading={eager ? 'eager' : 'lazy'}
      decoding="async"
    />
  )
}
