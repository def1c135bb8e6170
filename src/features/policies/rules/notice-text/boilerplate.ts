// Website furniture that was copied together with the notice (patterns are in Simplified).
const BOILERPLATE_WORDS = [
  '扫描二维码',
  '关注我们',
  '打印本页',
  '打印此页',
  '关闭窗口',
  '返回顶部',
  '扫一扫在手机打开当前页',
  '扫一扫在手机上打开当前页',
  '收藏本页',
  '我要纠错',
]
const BOILERPLATE_LINE_START =
  /^[【\[]?(?:上一篇|下一篇|分享到|字体|字号|当前位置|浏览次数|阅读次数|点击数)/u
const MAX_BOILERPLATE_LINE = 80
const LEFT_OVER = /^[\s【】\[\]（）()|｜:：·•\-—_]*$/u

/** Whether a line is only website furniture, e.g. 【打印本页】【关闭窗口】 or 上一篇：… */
export function isBoilerplateLine(line: string): boolean {
  if (line.length > MAX_BOILERPLATE_LINE) return false
  if (BOILERPLATE_LINE_START.test(line)) return true
  const rest = BOILERPLATE_WORDS.reduce((text, word) => text.split(word).join(''), line)
  return rest !== line && LEFT_OVER.test(rest)
}
