export type IndexNumberValues = {
  authorityCode: string
  year: number
  topicCode?: string
  sequence: number
}

const TOKEN = /\{([^{}]*)\}/g

/** 索引号 from a pattern: '{authority}/{year}-{seq:5}' → '00815012-X/2004-00005'. */
export function formatIndexNumber(pattern: string, values: IndexNumberValues): string {
  if (!Number.isInteger(values.sequence) || values.sequence < 0) {
    throw new Error(`索引号的顺序号必须是非负整数：${values.sequence}`)
  }
  return pattern.replace(TOKEN, (token, name: string) => {
    if (name === 'authority') return values.authorityCode
    if (name === 'year') return String(values.year)
    if (name === 'topic') {
      if (values.topicCode === undefined) throw new Error('索引号格式需要主题分类代码 {topic}')
      return values.topicCode
    }
    const seq = /^seq(?::(\d{1,2}))?$/.exec(name)
    if (seq) return String(values.sequence).padStart(Number(seq[1] ?? 0), '0')
    throw new Error(`索引号格式中有无法识别的占位符：${token}`)
  })
}
