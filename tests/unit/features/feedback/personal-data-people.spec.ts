import { describe, expect, it } from 'vitest'
import { findPersonalData } from '@/features/feedback/rules/personal-data/personal-data'

const found = (text: string, knownNames: string[] = []) =>
  findPersonalData(text, { knownNames }).map((hit) => [hit.kind, hit.text])
const names = (text: string) => found(text).filter(([kind]) => kind === 'name').map(([, name]) => name)

describe('names of people', () => {
  it.each([
    ['我丈夫王强在外地', ['王强']], // the name stops at 在
    ['我爱人刘芳怀孕了', ['刘芳']], // … and before a health term
    ['司马相如老师', ['司马相如']], // compound surname, two given characters
    ['上官燕主任', ['上官燕']],
    ['经办人：李娜。李娜说下周办好', ['李娜', '李娜']], // found once, flagged everywhere
    ['护士长周婷很耐心', ['周婷']],
    ['请找王建医生', ['王建']], // 医 starts the title, not the name
    ['邻居张某某', ['张某某']],
  ])('in %j finds %j', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it.each([
    '王医生说可以', // surname and title only
    '请问张主任在吗',
    '常务副主任主持会议',
    '高级医生坐诊',
    '孕妇常常没有症状',
    '我爱人在医院上班',
    '医生建议多休息',
    '我叫了救护车',
    '妇女儿童中心医院',
    '孩子今年上学了',
    '工作人员态度很好',
  ])('names no one in %j', (text) => {
    expect(names(text)).toEqual([])
  })

  it('says which names are the resident’s own', () => {
    expect(findPersonalData('张建国反映', ['张建国'])[0].reason).toBe('留言人姓名')
    expect(findPersonalData('我叫李芳')[0].reason).toBe('疑似姓名')
  })

  it('ignores one-character known names and earlier masks', () => {
    expect(findPersonalData('王老师说材料齐全。', ['王'])).toEqual([])
    expect(findPersonalData('我叫【姓名已隐去】，姓名：【姓名已隐去】')).toEqual([])
  })
})

describe('health details', () => {
  it.each([
    ['我上个月检查，发现怀孕了', [['health', '怀孕']]],
    ['他的HIV检测阳性', [['health', 'HIV检测阳性']]], // terms close together are one phrase
    ['我去年上环，现在想取环', [['health', '上环'], ['health', '取环']]],
    ['我和爱人一直避孕', [['health', '避孕']]],
    ['您妻子的引产手术已安排', [['health', '引产']]],
  ])('in %j finds %j', (text, expected) => {
    expect(found(text)).toEqual(expected)
  })

  it('ties a term to a name found in the same sentence, not in another one', () => {
    expect(found('刘芳怀孕了', ['刘芳'])).toEqual([['name', '刘芳'], ['health', '怀孕']])
    expect(found('刘芳来过。怀孕期间可以申请。', ['刘芳'])).toEqual([['name', '刘芳']])
  })

  it.each([
    '艾滋病检测免费',
    '我想咨询人流手术的费用',
    '我们提供免费避孕药具',
    '我国艾滋病疫情处于低流行水平',
    '其他感染者也可以申请',
    '建议您先治疗再怀孕',
    '服务站人流量大',
    '关心她的情绪，妻子怀孕后更需要陪伴',
  ])('flags nothing in %j', (text) => {
    expect(findPersonalData(text)).toEqual([])
  })
})
