const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g
const SPACES = /[\t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000 ]+/g

/** Lines with unified line endings, each trimmed; any run of spaces becomes one plain space. */
export function splitNoticeLines(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(INVISIBLE, '').replace(SPACES, ' ').trim())
}
