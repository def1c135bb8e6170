const MARKUP = [
  // Tag-like: '<' followed by a letter, '/' or '!'. A bare '<' as in '1 < 2' or '小于<5岁' is fine.
  /<[a-z!/]/i,
  // Browsers ignore tabs and line breaks inside a URL scheme ('java\tscript:').
  /\b(?:java|vb)[\t\n ]*script[\t\n ]*:/i,
  /\bdata[\t\n ]*:[\t\n ]*text\/html/i,
  // Event-handler attributes; bounded so a text full of '<' cannot make the scan quadratic.
  /<[^<>]{0,200}\son[a-z]+[\t\n ]*=/i,
]

/** True when text looks like HTML or a script URL rather than something a person wrote. */
export function looksLikeMarkup(value: string): boolean {
  return MARKUP.some((pattern) => pattern.test(value))
}
