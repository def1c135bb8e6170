import { describe, expect, it } from 'vitest'
import { findPersonalData } from '@/features/feedback/rules/personal-data/personal-data'

const addresses = (text: string, allowList: string[] = []) =>
  findPersonalData(text, { allowList })
    .filter((hit) => hit.kind === 'address')
    .map((hit) => hit.text)

describe('home addresses', () => {
  it.each([
    // From the street on: the district is not personal, the street and the number are.
    ['武侯区人民南路四段12号3栋2单元501', ['人民南路四段12号3栋2单元501']],
    ['家住春熙路街道红星路二段78号', ['红星路二段78号']],
    ['住在幸福村十二组', ['幸福村十二组']],
    // Two parts with the estate's name between them are one address.
    ['人民南路12号阳光小区3栋2单元501', ['人民南路12号阳光小区3栋2单元501']],
    ['翠微苑A栋1202', ['翠微苑A栋1202']],
    ['3栋2单元501和5栋1单元202', ['3栋2单元501', '5栋1单元202']],
    // Said to be a home, even next to an office's name.
    ['我家住卫健委宿舍，府青路一段2号', ['府青路一段2号']],
  ])('in %j finds %j', (text, expected) => {
    expect(addresses(text)).toEqual(expected)
  })

  it.each([
    '武侯区',
    '住在人民南路附近',
    '成办发〔2004〕5号',
    '公交28路',
    '3楼会议室', // a floor alone may be an office
    '我知道3号要去', // 道 without a street is not one
    '请到人民南路四段12号市妇幼保健院办理',
    '服务站地址：红星路二段70号',
  ])('finds none in %j', (text) => {
    expect(addresses(text)).toEqual([])
  })

  it('never flags an address staff list as public, but does flag a flat in the same building', () => {
    const office = '成华区府青路一段2号'
    expect(addresses('请到府青路一段2号办理', [office])).toEqual([])
    expect(addresses('我住府青路一段2号3栋', [office])).toEqual(['府青路一段2号3栋'])
  })
})
