export type { NoticeBlock, ParsedNotice } from './types'
export { NoticeImportError, type NoticeImportFailure } from './errors'
export { decodeNoticeBytes } from './cleanup/decode'
export { parseNoticeText } from './parse-notice'
export { normaliseDocumentNumber, findDocumentNumbers } from './document-number'
export { parseChineseDate } from './chinese-date'
export { toSimplified } from './cleanup/simplified'
export { removeConverterPinyin } from './cleanup/pinyin'
export {
  noticeToLexical,
  type LexicalRoot,
  type LexicalHeadingNode,
  type LexicalParagraphNode,
  type LexicalLinkNode,
  type LexicalTextNode,
  type LinkFor,
} from './lexical'
export { formatIndexNumber, type IndexNumberValues } from './index-number'
export { applyTextCorrections, type TextCorrection } from './corrections'
