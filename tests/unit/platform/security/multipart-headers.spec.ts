import { describe, expect, it } from 'vitest'
import { hasMalformedPartHeader, multipartBoundary } from '@/platform/security/rules/multipart-headers'

const form = (fileName: string) =>
  Buffer.from(`--b1\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{}\r\n--b1\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: image/jpeg\r\n\r\n\u0000\u0001data\r\n--b1--\r\n`)

describe('multipart part headers', () => {
  it.each([
    ['multipart/form-data; boundary=----abc', '----abc'],
    ['multipart/form-data; boundary="a b"', 'a b'],
    ['application/json', null],
    [null, null],
  ])('reads the boundary of a multipart form only: %j → %j', (contentType, boundary) => {
    expect(multipartBoundary(contentType)).toBe(boundary)
  })

  it.each([
    ['photo.jpg\u0000.php', true],
    ['photo\u001b.jpg', true],
    ['照片\u202egpj.exe', false],
    ['photo.jpg', false],
  ])('finds a control character in a file name, not in file content: %j → %s', (fileName, malformed) => {
    expect(hasMalformedPartHeader(form(fileName), 'b1')).toBe(malformed)
  })
})
