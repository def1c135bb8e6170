/**
 * Payload parses uploads with busboy, which answers a part header holding a control character
 * (a NUL in `filename="photo.jpg\0.php"`) with "Malformed part header", a 500. No browser sends
 * one; such a form is refused up front instead.
 */
export const MALFORMED_FORM_MESSAGE = '上传的表单无法识别：字段名或文件名中含有无效字符，请修改文件名后重新上传。'

/** The boundary from a `multipart/form-data; boundary=…` content type, or null. */
export function multipartBoundary(contentType: string | null): string | null {
  if (!contentType || !/^\s*multipart\/form-data\b/i.test(contentType)) return null
  const match = /;\s*boundary\s*=\s*(?:"([^"]+)"|([^;\s]+))/i.exec(contentType)
  return match ? (match[1] ?? match[2]) : null
}

/** True when a part's header block contains a control character other than tab, CR and LF. */
export function hasMalformedPartHeader(body: Uint8Array, boundary: string): boolean {
  const buffer = Buffer.from(body.buffer, body.byteOffset, body.byteLength)
  const delimiter = Buffer.from(`--${boundary}`)
  let at = buffer.indexOf(delimiter)
  while (at !== -1) {
    const headersStart = at + delimiter.length
    const headersEnd = buffer.indexOf('\r\n\r\n', headersStart)
    if (headersEnd === -1) return false
    for (let index = headersStart; index < headersEnd; index += 1) {
      const byte = buffer[index]
      if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) || byte === 0x7f) return true
    }
    at = buffer.indexOf(delimiter, headersEnd + 4)
  }
  return false
}
