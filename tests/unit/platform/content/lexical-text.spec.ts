import { describe, expect, it } from 'vitest'
import { lexicalHeadings, lexicalPlainText, mapLexicalText } from '@/platform/content/rules/lexical-text'

const text = (value: string) => ({ type: 'text', text: value })
const state = {
  root: {
    type: 'root',
    children: [
      { type: 'heading', tag: 'h2', children: [text('一、指导思想')] },
      { type: 'paragraph', children: [text('计划生育'), { type: 'link', children: [text('中发〔2000〕8号')] }, text('。')] },
    ],
  },
}

describe('reading Lexical documents without the editor', () => {
  it('gives plain text, one line per block', () => {
    expect(lexicalPlainText(state)).toBe('一、指导思想\n计划生育中发〔2000〕8号。')
    expect(lexicalPlainText(null)).toBe('')
  })

  it('maps every text node and leaves the original untouched', () => {
    const upper = mapLexicalText(state, (t) => `[${t}]`)
    expect(lexicalPlainText(upper)).toBe('[一、指导思想]\n[计划生育][中发〔2000〕8号][。]')
    expect(lexicalPlainText(state)).toBe('一、指导思想\n计划生育中发〔2000〕8号。')
  })

  it('lists headings', () => {
    expect(lexicalHeadings(state)).toEqual([{ tag: 'h2', text: '一、指导思想' }])
  })
})
