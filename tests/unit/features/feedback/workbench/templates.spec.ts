import { describe, expect, it } from 'vitest'
import { fillTemplate, hasPlaceholders, templatesFor } from '@/features/feedback/rules/workbench'

const body = '尊敬的{称呼}：您好！您的留言（查询码 {查询码}）已由{承办部门}办理，{办理结果}。答复期限为 {答复期限}。{其他}'

describe('reply templates', () => {
  it('fills the placeholders, with the name only if the resident gave one', () => {
    const values = { trackingCode: 'FK-2026-ABC234', department: '基层指导科', replyDueDay: '2026-10-12', result: '已在服务室门口公示开放时间' }
    expect(fillTemplate(body, { ...values, name: '王小明' })).toBe('尊敬的王小明：您好！您的留言（查询码 FK-2026-ABC234）已由基层指导科办理，已在服务室门口公示开放时间。答复期限为 2026-10-12。{其他}')
    expect(fillTemplate(body, { ...values, name: '  ' })).toMatch(/^尊敬的网友：/)
    expect(fillTemplate('{承办部门}', { trackingCode: 'x' })).toBe('本单位')
    expect(hasPlaceholders(body)).toBe(true)
    expect(hasPlaceholders(fillTemplate(body, values))).toBe(false)
  })

  it('offers the templates of the message’s kind and the action’s form', () => {
    const templates = [
      { id: 1, kind: 'complaint', action: 'reply' },
      { id: 2, kind: null, action: 'reply' },
      { id: 3, kind: 'consultation', action: 'reply' },
      { id: 4, kind: null, action: 'decline' },
      { id: 5, kind: null, action: null },
    ]
    expect(templatesFor(templates, 'complaint', 'reply').map((t) => t.id)).toEqual([1, 2, 5])
    expect(templatesFor(templates, 'complaint', 'decline').map((t) => t.id)).toEqual([4])
  })
})
