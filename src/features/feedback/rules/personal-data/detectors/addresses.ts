import { before, type Found, type Scan } from './scan'

// A number, in digits or numerals, or a building letter (B座).
const N = '(?:\\d{1,5}|[一二三四五六七八九十百零〇两]{1,4}|[A-Za-z](?=[栋幢座]))'
// The finest units of a home address: house number, building, entrance, floor, flat, and the
// rural 组 / 社 (村民小组).
const UNIT = '(?:号院|号楼|号|栋|幢|座|单元|楼|层|室|房|户|组|社)'
const FINE = `${N}(?:[-之]${N})?${UNIT}(?:附${N}号)?`
// A floor alone (3楼) is as often an office as a home; one of these must be there.
const HOME_UNIT = /号|栋|幢|座|单元|室|房|户|组|社/
// Bare 道 is left out: '知道3号' is a date far more often than a street.
const STREET = '(?:大道|大街|胡同|路|街|巷|弄)(?:[东西南北中]?[一二三四五六七八九十\\d]{0,2}段)?'
const PLACE = '(?:小区|花园|家园|苑|公寓|大厦|广场|新村|宿舍|大院|公馆|社区|村)'
const ROOM = '(?:\\d{3,4}(?![\\d号]))?'
const ANCHORED = new RegExp(`(?:${STREET}|${PLACE})\\s?(?:${FINE}){1,6}${ROOM}`, 'g')
// Without a street or estate name, building + entrance (+ flat) is still a home: 3栋2单元501.
const BARE = new RegExp(`${N}(?:栋|幢|号楼)${N}单元(?:${N}[楼层])?(?:${N}[室号户]|\\d{3,4})?|${N}单元\\d{3,4}(?!\\d)`, 'g')
// The name of the street or estate reaches back to the district (区, 县 …) or to a word that
// is not part of a name (住在, 地址：…).
const NOT_IN_STREET_NAME = /[^\u3400-\u9fff0-9]|[省市区县镇乡住在于址是到至从往的和与及了把给向为自去来即位我他她您你号栋幢单元室楼层组]/
const MAX_NAME = 10
// 交子大道177号中海城南一号3栋 is one address, the estate's name between its two parts; 3栋…和5栋…
// are two.
const ESTATE_BETWEEN = /^(?:(?![和与及或跟同])[\u3400-\u9fff0-9]){0,10}$/
// A public place: an address next to it is the office's, not a resident's, unless the writer
// says it is where someone lives.
const INSTITUTION = /服务站|服务中心|医院|保健院|卫生院|卫生服务|中心|政务|大厅|窗口|卫健|疾控|计生|妇幼|办事处|派出所|局|委员会|机关|大楼|门诊|诊所|药店|公司|银行|学校|办公/
const LIVES = /住|家|户籍|居住|现居|租|寓所|收件|邮寄|寄到|送到|本人/

function nameStart(text: string, anchor: number, floor: number): number {
  let start = anchor
  while (start > floor && anchor - start < MAX_NAME && !NOT_IN_STREET_NAME.test(text[start - 1])) {
    if (text.slice(start - 2, start) === '街道') break
    start--
  }
  return start
}

function isPublicPlace(scan: Scan, found: Found): boolean {
  const lead = before(scan, found.index, 14)
  if (LIVES.test(lead)) return false
  return INSTITUTION.test(lead) || INSTITUTION.test(scan.folded.slice(found.end, found.end + 10))
}

/**
 * Street addresses down to the house number, building, entrance or flat, flagged from the
 * street (or estate, or village) to the end: 武侯区人民南路四段12号3栋2单元501 → from 人民南路.
 * A district or street named alone, with no number, is not a home address.
 */
export function findAddresses(scan: Scan): Found[] {
  const text = scan.folded
  const fragments = [ANCHORED, BARE]
    .flatMap((pattern) => [...text.matchAll(pattern)])
    .filter((match) => HOME_UNIT.test(match[0]))
    .sort((a, b) => a.index - b.index)
  const found: Found[] = []
  for (const match of fragments) {
    const last = found[found.length - 1]
    const end = match.index + match[0].length
    if (last && match.index < last.end) {
      last.end = Math.max(last.end, end)
      continue
    }
    const index = nameStart(text, match.index, last?.end ?? 0)
    if (last && ESTATE_BETWEEN.test(text.slice(last.end, index))) last.end = end
    else found.push({ kind: 'address', reason: '疑似住址', index, end })
  }
  return found.filter((address) => !isPublicPlace(scan, address))
}
