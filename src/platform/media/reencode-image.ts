import sharp, { type Metadata, type SharpOptions } from 'sharp'

export type ImageKind = 'jpeg' | 'png' | 'webp'

export type ImageLimits = { maxPixels: number; maxDimension: number }

export type ImageOutcome =
  | { ok: true; data: Buffer; width: number; height: number }
  | { ok: false; reason: 'too-large'; width: number; height: number }
  | { ok: false; reason: 'unreadable' }

/** Upper bound for decoding and re-encoding one image, so a hostile file cannot hold a worker for long. */
const PROCESSING_TIMEOUT_SECONDS = 20

/**
 * Decodes an uploaded image completely and encodes a fresh copy in the same format.
 *
 * Only pixels survive: anything appended after the image data (HTML, scripts, a zip archive),
 * comments, text chunks, EXIF (including GPS position), XMP, IPTC and ICC profiles are dropped;
 * colours in another profile (Display P3, CMYK) are converted to sRGB, and the EXIF orientation
 * is applied to the pixels first so the photo still looks the right way up.
 * Animated WebP keeps only its first frame.
 *
 * The dimensions are checked from the header before any pixel is decoded, so a small file that
 * claims 30000×30000 pixels is refused without allocating memory for it.
 */
export async function reencodeImage(bytes: Buffer, kind: ImageKind, limits: ImageLimits): Promise<ImageOutcome> {
  const options: SharpOptions = {
    limitInputPixels: limits.maxPixels,
    // sharp's recommendation for untrusted input: give up on any decoder warning.
    failOn: 'warning',
    // First frame only.
    animated: false,
  }

  let metadata: Metadata
  try {
    // Only the header is read here. The pixel limit is lifted for this one call because sharp
    // would otherwise refuse with an error that does not say how large the image claims to be.
    metadata = await sharp(bytes, { ...options, limitInputPixels: false }).metadata()
  } catch {
    return { ok: false, reason: 'unreadable' }
  }
  // libvips must agree with the signature check about what the file is.
  if (metadata.format !== kind) return { ok: false, reason: 'unreadable' }
  const { width, height } = metadata
  if (!Number.isSafeInteger(width) || !Number.isSafeInteger(height) || width < 1 || height < 1) {
    return { ok: false, reason: 'unreadable' }
  }
  if (width > limits.maxDimension || height > limits.maxDimension || width * height > limits.maxPixels) {
    return { ok: false, reason: 'too-large', width, height }
  }

  // sharp writes no metadata unless asked to (keepMetadata/withMetadata/withExif…), which we never do.
  let pipeline = sharp(bytes, options).autoOrient().timeout({ seconds: PROCESSING_TIMEOUT_SECONDS })
  if (kind === 'jpeg') pipeline = pipeline.jpeg({ quality: 85 })
  else if (kind === 'png') pipeline = pipeline.png({ compressionLevel: 9, palette: metadata.isPalette })
  else pipeline = pipeline.webp({ quality: 85 })

  try {
    const { data, info } = await pipeline.toBuffer({ resolveWithObject: true })
    return { ok: true, data, width: info.width, height: info.height }
  } catch {
    return { ok: false, reason: 'unreadable' }
  }
}
