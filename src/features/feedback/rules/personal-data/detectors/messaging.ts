import { foundBy, type Found, type Scan } from './scan'

// QQ numbers: 5 to 11 digits after QQ / 扣扣 (QQ群 is a group, not a person).
const QQ = /(?<![A-Za-z])(?:QQ|qq|Qq|扣扣|企鹅号)\s*(?:号码|号)?\s*(?:是|为)?\s*:?\s*([1-9](?:[ -]?\d){4,10})(?!\d)/dg

// WeChat IDs: 6–20 letters, digits, '_' or '-' (or a phone number) after 微信 / V信 / WeChat;
// the Latin abbreviations (wx, vx) only when something separates them from the ID, so that
// ordinary words are not read as one. 公众号 and 群 are followed by Han text and never match.
const WECHAT_CUE = String.raw`(?:微信|威信|薇信|[Vv]信)(?:号码|号|ID|id)?|(?<![A-Za-z])(?:[VvWw][Xx]|[Ww]e[Cc]hat|[Ww]eixin)(?:号|ID|id)?(?=[\s:：是为])`
const WECHAT = new RegExp(
  `(?:${WECHAT_CUE})\\s*(?:是|为)?\\s*:?\\s*([A-Za-z0-9][A-Za-z0-9_-]{5,19})(?![A-Za-z0-9_-])`,
  'dg',
)
// WeChat's own generated IDs, wherever they stand.
const WXID = /(?<![A-Za-z0-9_])wxid_[A-Za-z0-9_-]{4,20}/gi

export const findQqNumbers = (scan: Scan): Found[] => foundBy(scan, QQ, 'qq', '疑似QQ号')

export const findWechatIds = (scan: Scan): Found[] => [
  ...foundBy(scan, WXID, 'wechat', '疑似微信号'),
  ...foundBy(scan, WECHAT, 'wechat', '疑似微信号'),
]
