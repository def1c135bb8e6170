import { highlightSegments } from '@/features/search/rules'

/** Text with the query's words in <mark>; plain text, so nothing from the index is ever markup. */
export function Highlighted({ text, query }: { text: string; query: string }) {
  return (
    <>
      {highlightSegments(text, query).map((segment, i) => (segment.match ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>))}
    </>
  )
}
