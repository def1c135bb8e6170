import { describe, expect, it } from 'vitest'
import { garbledLineWarnings, garbledPassages } from '@/features/policies/rules/notice-text/cleanup/mojibake'

describe('garbledPassages', () => {
  it('flags replacement characters and private-use code points', () => {
    expect(garbledPassages(['计划生育\ufffd\ufffd工作'])).toEqual([{ line: 1, passage: '计划生育\ufffd\ufffd工作', reason: '含无法识别的字符' }])
    expect(garbledPassages(['第二行', '奖励\ue123扶助'])[0]).toMatchObject({ line: 2, reason: '含无法识别的字符' })
  })

  it('flags a question mark inside Chinese, but not one ending a sentence in Latin text', () => {
    expect(garbledPassages(['确?;鶎犹貏e是乡'])[0]).toMatchObject({ reason: '中文中夹有问号', passage: '确?;鶎犹貏e是乡' })
    expect(garbledPassages(['生育登记?办理'])[0]?.reason).toBe('中文中夹有问号')
    expect(garbledPassages(['Is it free? Yes.'])).toEqual([])
  })

  it('flags runs of rare characters, not a single rare one nor Traditional text', () => {
    expect(garbledPassages(['基层鶎媱龣机构'])[0]).toMatchObject({ reason: '连续出现生僻字', passage: '层鶎媱龣机' })
    expect(garbledPassages(['成都市計劃生育委員會關於獎勵扶助的通知'])).toEqual([])
    expect(garbledPassages(['犇是一个字'])).toEqual([])
  })

  it('flags mixed encodings: Latin-1 inside Chinese, a letter wedged in Chinese, 锟斤拷', () => {
    expect(garbledPassages(['通知æ–‡ä»¶'])[0]?.reason).toBe('混有其他编码的文字')
    expect(garbledPassages(['锟斤拷锟斤拷'])[0]?.reason).toBe('混有其他编码的文字')
    expect(garbledPassages(['澤龣C構穩'])[0]?.reason).toBe('中文中夹有单个字母')
    expect(garbledPassages(['HIV检测', '第3号文件', '附件A：申请表'])).toEqual([])
  })

  it('words each warning with the line, the reason and the passage quoted', () => {
    expect(garbledLineWarnings(['正常', '确?;鶎犹貏e是乡'])).toEqual(['第 2 行可能有乱码（中文中夹有问号）：“确?;鶎犹貏e是乡”'])
  })
})
