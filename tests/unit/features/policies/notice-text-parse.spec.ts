import { describe, expect, it } from 'vitest'
import { NoticeImportError, parseNoticeText } from '@/features/policies/rules/notice-text'

const notice = (...lines: string[]) => lines.join('\n')

function reasonOf(text: string) {
  try {
    parseNoticeText(text)
  } catch (error) {
    if (error instanceof NoticeImportError) return error.reason
    throw error
  }
  return undefined
}

describe('parseNoticeText', () => {
  it('reads a Simplified notice with other bracket styles, Arabic date and site furniture', () => {
    const parsed = parseNoticeText(
      notice(
        '当前位置：首页 > 政策文件',
        '成都市卫生局关于做好2005年计划生育工作的通知',
        '成卫发[2005]12号',
        '',
        '各区(市)县卫生局,局属各单位:',
        '　　根据川卫发(2004)3号精神,现将有关事项通知如下:',
        '一、总体要求',
        '(一)加强组织领导',
        '各单位要高度重视。',
        '附件:1.工作方案 2.统计表',
        '成都市卫生局',
        '2005年3月1日',
        '【打印本页】 【关闭窗口】',
        '上一篇：关于开展义诊活动的通知',
        '扫一扫在手机打开当前页',
      ),
    )
    expect(parsed).toEqual({
      title: '成都市卫生局关于做好2005年计划生育工作的通知',
      documentNumber: '成卫发〔2005〕12号',
      addressees: '各区（市）县卫生局，局属各单位',
      dateWritten: '2005-03-01',
      sourceAuthority: '成都市卫生局',
      blocks: [
        { type: 'paragraph', text: '根据川卫发〔2004〕3号精神，现将有关事项通知如下：' },
        { type: 'heading', text: '一、总体要求' },
        { type: 'subheading', text: '（一）加强组织领导' },
        { type: 'paragraph', text: '各单位要高度重视。' },
      ],
      attachments: ['工作方案', '统计表'],
      references: ['川卫发〔2004〕3号'],
      wasTraditional: false,
      warnings: [],
    })
  })

  it('reads the official layout: header, number, then title', () => {
    const parsed = parseNoticeText(
      notice(
        '成都市人民政府办公厅文件',
        '成办发〔2004〕5号',
        '成都市人民政府办公厅关于实施创建计划生育',
        '优质服务先进县（市、区）工程的通知',
        '各区（市）县政府：',
        '现将有关事项通知如下。',
        '成都市人民政府办公厅 二○○四年一月十四日',
      ),
    )
    expect(parsed.title).toBe(
      '成都市人民政府办公厅关于实施创建计划生育优质服务先进县（市、区）工程的通知',
    )
    expect(parsed.documentNumber).toBe('成办发〔2004〕5号')
    expect(parsed.addressees).toBe('各区（市）县政府')
    expect(parsed.dateWritten).toBe('2004-01-14')
    expect(parsed.sourceAuthority).toBe('成都市人民政府办公厅')
    expect(parsed.blocks).toEqual([{ type: 'paragraph', text: '现将有关事项通知如下。' }])
  })

  it('reads a number and title on one line without 《》', () => {
    const parsed = parseNoticeText(notice('川办函(2003)160号 关于开展创建活动的函', '请研究。'))
    expect(parsed.title).toBe('关于开展创建活动的函')
    expect(parsed.documentNumber).toBe('川办函〔2003〕160号')
    expect(parsed.blocks).toHaveLength(1)
  })

  it('warns, but imports, a notice without a document number', () => {
    const parsed = parseNoticeText(
      notice('关于春节期间值班安排的通知', '各科室：', '春节期间值班安排如下。', '2004-01-14'),
    )
    expect(parsed.documentNumber).toBeUndefined()
    expect(parsed.dateWritten).toBe('2004-01-14')
    expect(parsed.warnings).toEqual(['未找到发文字号'])
    expect(parsed.blocks).toEqual([{ type: 'paragraph', text: '春节期间值班安排如下。' }])
  })

  it.each([
    ['二〇〇四年一月十四日', '2004-01-14'],
    ['二零零四年十二月三十一日', '2004-12-31'],
  ])('reads the date line %s', (line, iso) => {
    const parsed = parseNoticeText(notice('《关于值班的通知》', '请按时值班。', line))
    expect(parsed.dateWritten).toBe(iso)
    expect(parsed.blocks).toHaveLength(1)
  })

  it('warns about an impossible date and keeps it out of the body', () => {
    const parsed = parseNoticeText(
      notice('《关于值班的通知》', '请按时值班。', '二○○四年二月三十日'),
    )
    expect(parsed.dateWritten).toBeUndefined()
    expect(parsed.warnings).toContain('成文日期无效：二○○四年二月三十日')
    expect(parsed.blocks).toEqual([{ type: 'paragraph', text: '请按时值班。' }])
  })

  it('reads attachments listed on several lines', () => {
    const parsed = parseNoticeText(
      notice(
        '关于印发评估办法的通知',
        '请遵照执行。',
        '附件：',
        '1．评估办法',
        '2．评分表（略）',
        '2004年1月14日',
      ),
    )
    expect(parsed.attachments).toEqual(['评估办法', '评分表（略）'])
    expect(parsed.blocks).toEqual([{ type: 'paragraph', text: '请遵照执行。' }])
  })

  it('keeps long （一） paragraphs as paragraphs and short ones as subheadings', () => {
    const parsed = parseNoticeText(
      notice(
        '关于加强管理的意见',
        '（一）加强组织领导',
        '（二）健全制度。各地要建立健全管理制度。',
        '（三）各地要结合实际情况制定切实可行的实施方案并认真组织实施，确保各项工作落到实处',
        '一、各地要结合实际，认真贯彻落实本意见。',
      ),
    )
    expect(parsed.blocks.map((block) => block.type)).toEqual([
      'subheading',
      'paragraph',
      'paragraph',
      'paragraph',
    ])
  })

  it('joins hard-wrapped lines of one paragraph', () => {
    const parsed = parseNoticeText(
      notice(
        '关于加强管理的意见',
        '为进一步加强计划生育优质服务工作，促进创建活动全面深入开展，推进人口和',
        '计划生育工作整体上水平，现提出如下意见。',
      ),
    )
    expect(parsed.blocks).toEqual([
      {
        type: 'paragraph',
        text: '为进一步加强计划生育优质服务工作，促进创建活动全面深入开展，推进人口和计划生育工作整体上水平，现提出如下意见。',
      },
    ])
  })

  it('reports lines after the date that it did not import', () => {
    const parsed = parseNoticeText(
      notice(
        '《关于值班的通知》',
        '请按时值班。',
        '2004年1月14日',
        '（此件公开发布）',
        '附件1',
        '值班表',
      ),
    )
    expect(parsed.blocks).toHaveLength(1)
    expect(parsed.warnings).toEqual(['未找到发文字号', '第 5 行起有 2 行在落款之后，未导入'])
  })

  it('refuses empty text and text without a title', () => {
    expect(reasonOf('')).toBe('empty')
    expect(reasonOf(' \n\u3000\n')).toBe('empty')
    expect(reasonOf(notice('今天天气很好，我们去公园。', '明天下雨。'))).toBe('no-title')
    expect(reasonOf('扫描二维码 关注我们')).toBe('no-title')
    expect(() => parseNoticeText('123')).toThrow('未找到标题')
  })
})
