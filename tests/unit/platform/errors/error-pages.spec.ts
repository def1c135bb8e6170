import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'

vi.mock('@/app/(frontend)/site.css', () => ({}))

const failure = Object.assign(new Error('SQLITE_ERROR: near "x": syntax error at /work/main/node_modules/drizzle'), { digest: '2718281828' })

describe('error pages', async () => {
  const { default: PublicPageError } = await import('@/app/(frontend)/[script]/error')
  const { default: GlobalError } = await import('@/app/global-error')

  for (const [name, component] of [['public page error', PublicPageError], ['global error', GlobalError]] as const) {
    it(`${name}: shows the digest as a reference number and nothing of the error`, () => {
      const html = renderToStaticMarkup(createElement(component as never, { error: failure, reset: () => {} }))
      expect(html).toContain('页面暂时无法显示')
      expect(html).toContain('错误编号：<strong data-testid="error-reference">2718281828</strong>')
      for (const internal of ['SQLITE', 'syntax error', '/work/', 'node_modules', 'drizzle', '    at ']) expect(html).not.toContain(internal)
    })
  }

  it('without a digest (an error in the browser) shows no reference line', () => {
    const html = renderToStaticMarkup(createElement(PublicPageError, { error: new Error('boom') }))
    expect(html).toContain('页面暂时无法显示')
    expect(html).not.toContain('错误编号')
    expect(html).not.toContain('boom')
  })
})
