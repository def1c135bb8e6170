import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { ChangeNotes } from '@/platform/publishing/ui/ChangeNotes'

const notes = [
  { id: 'a', date: '2025-03-01T01:00:00.000Z', note: '调整了办理时间。' },
  { id: 'b', date: '2025-12-31T20:00:00.000Z', note: '更新了咨询电话。' },
]

describe('ChangeNotes', () => {
  it('renders nothing for a page without notes', () => {
    expect(renderToStaticMarkup(createElement(ChangeNotes, { notes: [], script: 'hans' }))).toBe('')
    expect(renderToStaticMarkup(createElement(ChangeNotes, { notes: null, script: 'hans' }))).toBe('')
  })

  it('renders a section headed 修改记录 with the notes dated in Beijing time, newest first', () => {
    const html = renderToStaticMarkup(createElement(ChangeNotes, { notes, script: 'hans' }))
    expect(html).toMatch(/^<section[^>]*aria-labelledby="change-notes-heading"/)
    expect(html).toContain('<h2 id="change-notes-heading">修改记录</h2>')
    expect(html.indexOf('2026-01-01')).toBeLessThan(html.indexOf('2025-03-01'))
    expect(html).toContain('<time dateTime="2025-12-31T20:00:00.000Z">2026-01-01</time> 更新了咨询电话。')
  })

  it('renders in Traditional characters for the Traditional reading', () => {
    const html = renderToStaticMarkup(createElement(ChangeNotes, { notes, script: 'hant' }))
    expect(html).toContain('修改記錄')
    expect(html).toContain('調整了辦理時間。')
  })
})
