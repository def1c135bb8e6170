import { FEEDBACK_KINDS } from '@/features/feedback/rules/intake'
import type { ReplyLimits } from '@/features/feedback/rules/handling'

/** How each figure is counted, in plain words: the page's promise of what the numbers mean. */
export function CountingRules({ limits, t }: { limits: ReplyLimits; t: (text: string) => string }) {
  const limitText = FEEDBACK_KINDS.map((kind) => `${kind.label} ${limits[kind.value]} 个工作日`).join('，')
  const rules = [
    '所有数字按留言收到的月份（北京时间）统计；当月数据截至页面更新时间，月底前还会变化。',
    '收到留言：期间收到的全部留言。未通过网页人机验证、正在等待人工审核的留言，在工作人员受理、不予受理或转办之前不计入，以免垃圾信息影响统计；一经处理即计入。',
    '已受理：已受理、办理中、已答复和已办结的留言。不予受理和转办其他单位的留言分别统计。',
    '已答复：已作出首次答复的留言。留言人申请重新办理后再次答复的，不重复计算，也不改变首次答复的记录。',
    `答复时限按工作日计算，依据国务院办公厅公布的法定节假日和调休安排，从收到留言的次日起算。现行时限：${limitText}；情况复杂的可延期一次。每条留言适用收到时的时限。`,
    '按时答复率 = 在时限内作出首次答复的留言 ÷ 已答复的留言。',
    '平均答复用时 = 从收到留言的次日到首次答复之日的工作日数的平均值。',
    '满意率 = 留言人评价为“满意”或“基本满意”的留言 ÷ 参与评价的留言。',
    '某项没有可计算的留言时（例如当月没有答复），比率显示为“—”。',
    '本页只公布统计数字，不公开任何留言内容和个人信息。',
  ]
  return (
    <ul className="od-rules">
      {rules.map((rule) => (
        <li key={rule}>{t(rule)}</li>
      ))}
    </ul>
  )
}
