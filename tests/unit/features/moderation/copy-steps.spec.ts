import { describe, expect, it } from 'vitest'
import {
  approvalRefusal,
  availableCopyActions,
  confirmationsInUse,
  copyActionRefusal,
  copyFlags,
  suggestedReplyCopy,
  textsEditableIn,
  unresolvedFlags,
  type CopyActor,
} from '@/features/moderation/rules'

const handler: CopyActor = { id: 4, roles: ['handler'] }
const colleague: CopyActor = { id: 5, roles: ['handler'] }
const reviewer: CopyActor = { id: 7, roles: ['reviewer'] }
const admin: CopyActor = { id: 1, roles: ['admin'] }
const editor: CopyActor = { id: 9, roles: ['editor'] }

describe('the two people of a public copy', () => {
  it('lets a handler submit, and only another person approve or return it', () => {
    const submitted = { status: 'submitted' as const, writers: [4] }
    expect(copyActionRefusal({ status: 'drafting', writers: [] }, 'submit', handler)).toBeNull()
    expect(copyActionRefusal(submitted, 'approve', reviewer)).toBeNull()
    expect(copyActionRefusal(submitted, 'approve', admin)).toBeNull()
    expect(copyActionRefusal({ status: 'submitted', writers: [1] }, 'approve', admin)).toBe('公开版本须由另一位工作人员审核：撰写人不能审核自己写的版本')
    expect(copyActionRefusal({ status: 'submitted', writers: [4, 7] }, 'approve', reviewer)).toMatch(/撰写人不能审核/)
    expect(copyActionRefusal(submitted, 'approve', colleague)).toBe('您的账号不能“批准公开”')
    expect(copyActionRefusal(submitted, 'approve', editor)).toBe('您的账号不能“批准公开”')
    expect(copyActionRefusal(submitted, 'approve', null)).toBe('您的账号不能“批准公开”')
  })

  it('asks for a remark to return and a reason to withdraw', () => {
    expect(copyActionRefusal({ status: 'submitted', writers: [4] }, 'return', reviewer, '')).toBe('请写明需要修改的地方')
    expect(copyActionRefusal({ status: 'submitted', writers: [4] }, 'return', reviewer, '第二段还有住址')).toBeNull()
    expect(copyActionRefusal({ status: 'published', writers: [4] }, 'withdraw', handler, ' ')).toBe('请写明撤下的原因')
    expect(copyActionRefusal({ status: 'published', writers: [4] }, 'withdraw', handler, '群众要求撤下')).toBeNull()
  })

  it('refuses steps out of order, naming the status', () => {
    expect(copyActionRefusal({ status: 'drafting', writers: [] }, 'approve', reviewer)).toBe('公开版本现在是“起草中”，不能“批准公开”')
    expect(copyActionRefusal({ status: 'published', writers: [4] }, 'submit', handler)).toBe('公开版本现在是“已公开”，不能“提交审核”')
    expect(copyActionRefusal({ status: 'withdrawn', writers: [4] }, 'redraft', handler)).toBeNull()
  })

  it('offers each person only the steps they may take', () => {
    expect(availableCopyActions({ status: 'drafting', writers: [] }, handler)).toEqual(['submit'])
    expect(availableCopyActions({ status: 'drafting', writers: [] }, reviewer)).toEqual([])
    expect(availableCopyActions({ status: 'submitted', writers: [4] }, reviewer)).toEqual(['return', 'approve'])
    expect(availableCopyActions({ status: 'submitted', writers: [4] }, handler)).toEqual([])
    expect(availableCopyActions({ status: 'published', writers: [4] }, reviewer)).toEqual(['withdraw'])
    expect(availableCopyActions({ status: 'withdrawn', writers: [4] }, handler)).toEqual(['redraft'])
    expect(textsEditableIn('drafting')).toBe(true)
    expect(['submitted', 'published', 'withdrawn'].map((s) => textsEditableIn(s as never))).toEqual([false, false, false])
  })
})

describe('flags on a public copy', () => {
  const source = { subject: '张伟的咨询', question: '我叫张伟，电话 13800138000，邮箱 zw@example.com。', answer: '请张伟携带证件到服务站办理。' }

  it('suggests a redacted copy in which nothing is flagged', () => {
    const draft = suggestedReplyCopy(source, { knownNames: ['张伟'] })
    expect(draft.question).not.toMatch(/张伟|13800138000|zw@example\.com/)
    expect(draft.answer).not.toContain('张伟')
    expect(copyFlags(draft, { knownNames: ['张伟'] })).toEqual([])
    expect(approvalRefusal(draft, [], [])).toBeNull()
  })

  it('refuses approval while a flag is neither removed nor explained, naming what and where', () => {
    const flags = copyFlags(source, { knownNames: ['张伟'] })
    const refusal = approvalRefusal(source, flags, [])
    expect(refusal).toMatch(/^以下内容可能是个人信息/)
    expect(refusal).toContain('标题：')
    expect(refusal).toContain('“张伟”')
    expect(refusal).toContain('13800138000')
    expect(approvalRefusal({ ...source, answer: ' ' }, [], [])).toBe('请先填写公开版本的答复内容')
  })

  it('accepts a flag the approver explains, with a real reason, and records only those in use', () => {
    const texts = { subject: '服务热线', question: '请问服务站电话？', answer: '请拨打 028-86123456 咨询。' }
    const flags = copyFlags(texts)
    expect(flags.length).toBeGreaterThan(0)
    const explained = flags.map((flag) => ({ field: flag.field, text: flag.text, reason: '本机关公开的办公电话' }))
    expect(unresolvedFlags(flags, explained)).toEqual([])
    expect(unresolvedFlags(flags, explained.map((c) => ({ ...c, reason: '是' })))).toHaveLength(flags.length)
    expect(approvalRefusal(texts, flags, explained)).toBeNull()
    const stale = { field: 'answer', text: '13900000000', reason: '以前的号码' }
    expect(confirmationsInUse(flags, [...explained, stale])).toEqual(explained)
    expect(copyFlags(texts, { allowList: ['028-86123456'] })).toEqual([])
  })
})
