import type { NoticeBlock, NoticeLine } from './types'

const SECTION =
  /^(?:[一二三四五六七八九十]{1,3}[、．]|第[一二三四五六七八九十百零〇]{1,4}[章编]\s?)/u
const SUB_SECTION = /^(?:（[一二三四五六七八九十]{1,3}）|第[一二三四五六七八九十百零〇]{1,4}节\s?)/u
const NUMBERED = /^(?:\d{1,2}\s*[.．、]|[（(]\d{1,2}[）)])/u
const MAX_TITLE_LENGTH = 40
const MIN_WRAPPED_LINE = 30
const LINE_END_PUNCTUATION = /[。！？；：”’）》…—」』.!?;:)]$/u

/**
 * A numbered line is a (sub)heading only when it reads like a title: at most 40 characters and no
 * 。；！？ anywhere, nor ： except at the end. 「（一）领导重视好。各级政府……」 stays a paragraph.
 */
function readsLikeTitle(text: string): boolean {
  return [...text].length <= MAX_TITLE_LENGTH && !/[。；！？]/u.test(text) && !/：./u.test(text)
}

function blockFor(text: string): NoticeBlock {
  if (SECTION.test(text) && readsLikeTitle(text)) return { type: 'heading', text }
  if (SUB_SECTION.test(text) && readsLikeTitle(text)) return { type: 'subheading', text }
  return { type: 'paragraph', text }
}

/**
 * Hard-wrapped paragraphs are joined again: a long line (≥ 30 characters) without closing
 * punctuation continues on the next line unless that one starts a new numbered item. Short
 * unpunctuated lines are left alone, since they are usually titles.
 */
function continuesOnNextLine(current: NoticeLine, next: NoticeLine | undefined): boolean {
  return (
    next !== undefined &&
    next.number === current.number + 1 &&
    [...current.text].length >= MIN_WRAPPED_LINE &&
    !LINE_END_PUNCTUATION.test(current.text) &&
    !SECTION.test(next.text) &&
    !SUB_SECTION.test(next.text) &&
    !NUMBERED.test(next.text)
  )
}

/** Body lines as headings, subheadings and paragraphs. */
export function bodyBlocks(lines: NoticeLine[]): NoticeBlock[] {
  const blocks: NoticeBlock[] = []
  let pending: NoticeLine | undefined
  lines.forEach((line, i) => {
    pending = pending ? { number: line.number, text: pending.text + line.text } : line
    if (blockFor(pending.text).type === 'paragraph' && continuesOnNextLine(pending, lines[i + 1])) {
      return
    }
    blocks.push(blockFor(pending.text))
    pending = undefined
  })
  return blocks
}
