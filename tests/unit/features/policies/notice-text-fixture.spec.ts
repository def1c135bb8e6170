import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { decodeNoticeBytes, noticeToLexical, parseNoticeText } from '@/features/policies/rules/notice-text'

// The real notice staff exported from the old site (Traditional, with converter pinyin).
// The founding notice as delivered (Traditional, converter pinyin, boilerplate), kept with the demo content.
const FIXTURE = 'src/seed/notices/notice-chengdu-2004-5.txt'

const parsed = parseNoticeText(decodeNoticeBytes(readFileSync(FIXTURE)))
const allText = [
  parsed.title,
  parsed.addressees,
  parsed.sourceAuthority,
  ...parsed.attachments,
  ...parsed.blocks.map((block) => block.text),
].join('\n')

describe('the Chengdu 2004 No. 5 notice', () => {
  it('finds the title, number, addressees, date and source', () => {
    expect(parsed.title).toBe(
      '成都市人民政府办公厅关于实施创建计划生育优质服务先进县（市、区）工程的通知',
    )
    expect(parsed.documentNumber).toBe('成办发〔2004〕5号')
    expect(parsed.addressees).toBe('各区（市）县政府，市级有关部门')
    expect(parsed.dateWritten).toBe('2004-01-14')
    expect(parsed.sourceAuthority).toBe('成都市人民政府办公厅')
    expect(parsed.wasTraditional).toBe(true)
  })

  it('has the five sections as headings, in order', () => {
    const headings = parsed.blocks.filter((block) => block.type === 'heading').map((b) => b.text)
    expect(headings).toEqual([
      '一、指导思想',
      '二、规划与目标',
      '三、主要内容',
      '四、评估与表彰',
      '五、保障措施',
    ])
  })

  it('keeps run-in （一） items as paragraphs', () => {
    expect(parsed.blocks.filter((block) => block.type === 'subheading')).toEqual([])
    expect(parsed.blocks).toContainEqual({
      type: 'paragraph',
      text: '（三）评估指标。评估指标体系见附件。',
    })
  })

  it('starts the body after the addressees and ends it before the attachments', () => {
    expect(parsed.blocks[0].text).toMatch(/^自1998年开展计划生育优质服务试点/)
    expect(parsed.blocks.at(-1)?.text).toMatch(/^（四）改革计划生育部门的用人机制/)
    expect(allText.match(/成都市人民政府办公厅关于实施/g)).toHaveLength(1)
    expect(parsed.blocks.some((block) => block.text.includes('成办发〔2004〕5号'))).toBe(false)
  })

  it('leaves no converter pinyin behind', () => {
    expect(allText).not.toMatch(/\([a-zà-ǜ\s]+\)/u)
    expect(allText).not.toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/u)
  })

  it('drops the website boilerplate', () => {
    for (const block of parsed.blocks) {
      expect(block.text).not.toContain('二维码')
      expect(block.text).not.toContain('关注我们')
    }
  })

  it('is Simplified with Chinese punctuation, real brackets kept', () => {
    expect(allText).toContain('计划生育')
    expect(allText).not.toContain('計劃生育')
    expect(allText).toContain('（以下简称“创建活动”）')
    expect(allText).toContain('村（居）民委员会')
    expect(allText).not.toMatch(/[(),:]/)
  })

  it('lists the cited documents but not its own number', () => {
    expect(parsed.references).toEqual(['中发〔2000〕8号', '川办函〔2003〕160号'])
  })

  it('has one attachment', () => {
    expect(parsed.attachments).toHaveLength(1)
    expect(parsed.attachments[0]).toMatch(/^成都市计划生育优质服务先进县/)
  })

  it('warns about the two garbled lines and leaves them as they are', () => {
    expect(parsed.warnings).toEqual(['第 16 行可能有乱码（中文中夹有问号）：“好?;鶎佑媱澤龣C構穩”', '第 33 行可能有乱码（中文中夹有问号）：“確?;鶎犹貏e是鄉”'])
    expect(allText).toContain('队伍作风好?;')
  })

  it('becomes a Lexical document with one h2 per section', () => {
    const { root } = noticeToLexical(parsed)
    const h2 = root.children.filter((node) => node.type === 'heading' && node.tag === 'h2')
    expect(h2).toHaveLength(5)
    expect(root.children).toHaveLength(parsed.blocks.length)
  })
})
