import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { applicationTable, remediesTable } from '@/features/annual-reports/rules'
import { ReportTable } from '@/features/annual-reports/ui/ReportTable'
import { textIn } from '@/platform/site-shell/chinese-script'

const render = (table: Parameters<typeof ReportTable>[0]['table'], script: 'hans' | 'hant' = 'hans') => renderToStaticMarkup(createElement(ReportTable, { table, t: textIn(script) }))

describe('ReportTable', () => {
  const html = render(applicationTable([], 2025))

  it('is a real table in a focusable region named by its caption', () => {
    expect(html).toMatch(/^<div class="report-table-scroll" role="region" aria-labelledby="report-table-applications-caption" tabindex="0">/)
    expect(html).toContain('<caption id="report-table-applications-caption">收到和处理政府信息公开申请情况</caption>')
  })

  it('heads the organisation columns with one group header over two header rows', () => {
    expect(html).toContain('<colgroup span="5"></colgroup>')
    expect(html).toContain('<th scope="col" rowSpan="2">自然人</th><th scope="colgroup" colSpan="5">法人或其他组织</th><th scope="col" rowSpan="2">总计</th>')
    expect(html).toContain('<th scope="col">商业企业</th>')
  })

  it('gives every row of figures its row header, and 三、本年度办理结果 a group of its own', () => {
    expect(html).toContain('<th scope="row" class="report-table__level-1">一、本年新收政府信息公开申请数量</th><td>0</td>')
    expect(html.match(/<tbody>/g)).toHaveLength(3)
    expect(html).toContain('<tbody><tr class="report-table__heading"><th scope="rowgroup" colSpan="8">三、本年度办理结果</th></tr>')
    expect(html).toContain('<tr class="report-table__total"><th scope="row" class="report-table__level-2">（七）总计</th>')
  })

  it('has one header row where no column is grouped, and reads in Traditional characters', () => {
    const remedies = render(remediesTable({ reconsideration: { upheld: 3 } }), 'hant')
    expect(remedies.match(/<tr>/g)?.length).toBe(1 + 3)
    expect(remedies).not.toContain('rowSpan')
    expect(remedies).not.toContain('colgroup')
    expect(remedies).toContain('<th scope="row" class="report-table__level-1">行政複議</th><td>3</td><td>0</td><td>0</td><td>0</td><td>3</td>')
  })
})
