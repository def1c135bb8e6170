import { describe, expect, it } from 'vitest'
import { hasMalformedPartHeader, multipartBoundary } from '@/platform/security/rules/multipart-headers'

const form = (fileName: string) =>
  Buffer.from(`--b1\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{}\r\n--b1\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: image/jpeg\r\n\r\n\u0000\u0001data\r\n--b1--\r\n`)

describe('multipart part headers', () => {
  it('reads the boundary of a multipart form only', () => {
    expect(multipartBoundary('multipart/form-data; boundary=----abc')).toBe('----abc')
    expect(multipartBoundary('multipart/form-data; boundary="a b"')).toBe('a b')
    expect(multipartBoundary('application/json')).toBeNull()
    expect(multipartBoundary(null)).toBeNull()
  })

  it('finds a control character in a file name, not in file content', () => {
    expect(hasMalformedPartHeader(form('photo.jpg\u0000.php'), 'b1')).toBe(true)
    expect(hasMalformedPartHeader(form('photo\u001b.jpg'), 'b1')).toBe(true)
    expect(hasMalformedPartHeader(form('照片\u202egpj.exe'), 'b1')).toBe(false)
    expect(hasMalformedPartHeader(form('photo.jpg'), 'b1')).toBe(false)
  })
})
