import { describe, expect, it } from 'vitest'
import { noticeToLexical, type ParsedNotice } from '@/features/policies/rules/notice-text'

const parsed: ParsedNotice = {
  title: '关于实施创建工程的通知',
  documentNumber: '成办发〔2004〕5号',
  blocks: [
    { type: 'heading', text: '一、指导思想' },
    { type: 'subheading', text: '（一）加强组织领导' },
    { type: 'paragraph', text: '贯彻《决定》（中发〔2000〕8号）和川办函〔2003〕160号精神。' },
  ],
  attachments: [],
  references: ['中发〔2000〕8号', '川办函〔2003〕160号'],
  wasTraditional: false,
  warnings: [],
}

const text = (value: string) => ({
  type: 'text',
  text: value,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

const element = { format: '', indent: 0, direction: 'ltr' }

describe('noticeToLexical', () => {
  it('produces headings and plain paragraphs without linkFor', () => {
    expect(noticeToLexical(parsed)).toEqual({
      root: {
        type: 'root',
        version: 1,
        ...element,
        children: [
          { type: 'heading', tag: 'h2', version: 1, ...element, children: [text('一、指导思想')] },
          {
            type: 'heading',
            tag: 'h3',
            version: 1,
            ...element,
            children: [text('（一）加强组织领导')],
          },
          {
            type: 'paragraph',
            version: 1,
            ...element,
            textFormat: 0,
            textStyle: '',
            children: [text('贯彻《决定》（中发〔2000〕8号）和川办函〔2003〕160号精神。')],
          },
        ],
      },
    })
  })

  it('links the document numbers linkFor knows, splitting the text around them', () => {
    const seen: string[] = []
    const linkFor = (number: string) => {
      seen.push(number)
      return number === '中发〔2000〕8号' ? '/zh/policies/zhongfa-2000-8' : undefined
    }
    const paragraph = noticeToLexical(parsed, { linkFor }).root.children[2]
    expect(seen).toEqual(['中发〔2000〕8号', '川办函〔2003〕160号'])
    expect(paragraph.children).toEqual([
      text('贯彻《决定》（'),
      {
        type: 'link',
        version: 3,
        ...element,
        fields: { linkType: 'custom', url: '/zh/policies/zhongfa-2000-8', newTab: false },
        children: [text('中发〔2000〕8号')],
      },
      text('）和川办函〔2003〕160号精神。'),
    ])
  })

  it('keeps plain text when linkFor knows none of the numbers', () => {
    const paragraph = noticeToLexical(parsed, { linkFor: () => undefined }).root.children[2]
    expect(paragraph.children).toEqual([
      text('贯彻《决定》（中发〔2000〕8号）和川办函〔2003〕160号精神。'),
    ])
  })

  it('links a number that is the whole paragraph', () => {
    const only: ParsedNotice = {
      ...parsed,
      blocks: [{ type: 'paragraph', text: '中发〔2000〕8号' }],
    }
    const [paragraph] = noticeToLexical(only, { linkFor: () => '/x' }).root.children
    expect(paragraph.children.map((node) => node.type)).toEqual(['link'])
  })
})
