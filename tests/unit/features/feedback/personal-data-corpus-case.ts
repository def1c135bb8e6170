/**
 * A text with personal data and what must be found in it: [text, 'kind:span', …] ('kind|kind:'
 * where either reading is right), or the object form where the resident's own name is known (as
 * from the form's name field).
 */
export type CorpusCase =
  | [text: string, ...expected: string[]]
  | { text: string; expect: string[]; knownNames: string[] }
