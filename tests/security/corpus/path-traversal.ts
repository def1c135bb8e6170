import type { TextCase } from './types'

/** File names and path segments that try to leave the upload folder or confuse a file system. */
const payloads = [
  '../../../etc/passwd',
  '..\\..\\..\\windows\\win.ini',
  '....//....//etc/passwd',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '%252e%252e%252fetc%252fpasswd',
  '..%c0%af..%c0%afetc%c0%afpasswd',
  '/etc/passwd',
  'C:\\Windows\\System32\\drivers\\etc\\hosts',
  'photo.jpg\u0000.php',
  'photo.jpg%00.php',
  '.htaccess',
  '.env',
  'CON',
  'aux.jpg',
  'photo.php.jpg',
  'photo.jpg.',
  'photo.jpg ',
  '照片/../../data/site.db',
  '\u202egpj.exe',
  'a'.repeat(1000) + '.jpg',
]

export const pathTraversal: TextCase[] = payloads.map((value, index) => ({ name: `path-${index + 1}`, value }))
