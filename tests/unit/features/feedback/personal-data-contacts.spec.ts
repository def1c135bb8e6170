import { describe, expect, it } from 'vitest'
import { findPersonalData } from '@/features/feedback/rules/personal-data/personal-data'

const found = (text: string) => findPersonalData(text).map((hit) => [hit.kind, hit.text])

describe('e-mail addresses, plain and disguised', () => {
  it.each([
    ['写信到 wang.xm-1@mail.example.org。', 'wang.xm-1@mail.example.org'],
    ['wang [at] 163 [dot] com', 'wang [at] 163 [dot] com'],
    ['wang（at）163（dot）com', 'wang（at）163（dot）com'],
    ['WANG AT QQ DOT COM', 'WANG AT QQ DOT COM'],
    ['wang#qq.com', 'wang#qq.com'],
  ])('finds %j', (text, address) => {
    expect(found(text)).toEqual([['email', address]])
  })

  it.each([
    'meet at 5 dot something', // no known top-level domain
    '3#楼2单元', // # for 号, not for @
    '网址 https://wsjkw.chengdu.gov.cn/',
    '@某某 请回复',
  ])('leaves %j alone', (text) => {
    expect(findPersonalData(text)).toEqual([])
  })
})

describe('QQ and WeChat', () => {
  it.each([
    ['qq：12345', [['qq', '12345']]],
    ['QQ号是 1234567890', [['qq', '1234567890']]],
    ['vx: abc_123', [['wechat', 'abc_123']]],
    ['Wechat：Li-Lei-88', [['wechat', 'Li-Lei-88']]],
    ['微信ID wxid_k2j3h4g5', [['wechat', 'wxid_k2j3h4g5']]],
  ])('finds %j', (text, expected) => {
    expect(found(text)).toEqual(expected)
  })

  it.each([
    'QQ群：123456789', // a group, not a person
    'QQ 1234', // too short
    '微信公众号“健康成都”',
    '微信搜索小程序',
    'wxyz123456', // no separator after the abbreviation
    '请用微信扫码支付',
  ])('leaves %j alone', (text) => {
    expect(findPersonalData(text)).toEqual([])
  })
})

describe('licence plates', () => {
  it.each([
    ['川A12345', '川A12345'],
    ['川A·D12345', '川A·D12345'],
    ['车牌渝B-12345', '渝B-12345'],
    ['粤B12345F的车', '粤B12345F'],
  ])('finds %j', (text, plate) => {
    expect(found(text)).toEqual([['plate', plate]])
  })

  it.each([
    '川A牌照的车辆', // no serial
    '川AXYZDE', // no digits
    '川A123', // too short
    '川A1234567', // too long
  ])('leaves %j alone', (text) => {
    expect(findPersonalData(text)).toEqual([])
  })
})
