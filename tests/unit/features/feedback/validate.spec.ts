import { describe, expect, it } from 'vitest'
import { FEEDBACK_KINDS, FEEDBACK_LIMITS, validateFeedbackInput } from '@/features/feedback/rules/intake'
import { formValidation } from '../../fixtures/feedback-form'

const valid = {
  kind: 'consultation',
  subject: '二孩生育登记需要哪些材料',
  message: '您好，我想咨询一下在成都办理第二个孩子的生育登记，需要准备哪些材料？可以网上办理吗？',
  about: 'policy:chengbanfa-2004-5',
  name: '王小明',
  phone: '138 1234 5678',
  email: 'WangXM@Example.COM',
  replyBy: 'email',
  publishConsent: 'yes',
}

const { errorsOf, dataOf } = formValidation()

describe('validateFeedbackInput: a complete, valid form', () => {
  it('returns the cleaned data', () => {
    expect(validateFeedbackInput(valid)).toEqual({
      ok: true,
      data: {
        kind: 'consultation',
        subject: '二孩生育登记需要哪些材料',
        message: valid.message,
        about: { type: 'policy', key: 'chengbanfa-2004-5' },
        name: '王小明',
        phone: '13812345678',
        email: 'WangXM@example.com',
        replyBy: 'email',
        publishConsent: true,
      },
    })
  })

  it('needs only kind, subject, message and the publication choice', () => {
    const minimal = { kind: 'praise', subject: '表扬窗口', message: '窗口工作人员很耐心，谢谢！', publishConsent: 'no' }
    expect(dataOf(minimal)).toEqual({ ...minimal, replyBy: 'none', publishConsent: false })
  })

  it('ignores fields a resident may not set', () => {
    const data = dataOf({
      ...valid,
      status: 'closed',
      handler: 'admin',
      reply: '已办结',
      published: 'true',
      trackingCode: 'FK-2026-AAAAAA',
      accessKeyHash: 'x',
    })
    expect(Object.keys(data).sort()).toEqual(
      ['about', 'email', 'kind', 'message', 'name', 'phone', 'publishConsent', 'replyBy', 'subject'],
    )
  })

  it('offers the five kinds with labels and hints', () => {
    expect(FEEDBACK_KINDS.map((k) => [k.value, k.label])).toEqual([
      ['consultation', '咨询'],
      ['suggestion', '建议'],
      ['complaint', '投诉'],
      ['praise', '表扬'],
      ['report', '举报'],
    ])
    for (const kind of FEEDBACK_KINDS) expect(kind.hint).toMatch(/^[^\n]{8,60}。$/)
    expect(FEEDBACK_LIMITS).toEqual({ subjectMin: 4, subjectMax: 60, messageMin: 10, messageMax: 5000, nameMax: 30, emailMax: 100, receiptMinutes: 15 })
  })
})

describe('validateFeedbackInput: required fields', () => {
  it('reports every missing field at once', () => {
    expect(validateFeedbackInput({})).toEqual({
      ok: false,
      errors: {
        kind: '请选择留言类型',
        subject: '请填写标题',
        message: '请填写留言内容',
        publishConsent: '请选择是否同意公开您的留言（公开时会隐去个人信息）',
      },
    })
  })

  it('treats non-strings (arrays, numbers, objects) as missing', () => {
    expect(errorsOf({ ...valid, kind: ['praise'], subject: 1234, message: { text: 'x' }, publishConsent: true })).toEqual({
      kind: '请选择留言类型',
      subject: '请填写标题',
      message: '请填写留言内容',
      publishConsent: '请选择是否同意公开您的留言（公开时会隐去个人信息）',
    })
  })

  it('rejects an unknown kind', () => {
    expect(errorsOf({ ...valid, kind: 'petition' })).toEqual({ kind: '请选择留言类型' })
  })

  it('counts whitespace-only and invisible-only text as empty', () => {
    expect(errorsOf({ ...valid, subject: ' \u3000\u200B ', message: '\n\t\r\n' })).toEqual({
      subject: '请填写标题',
      message: '请填写留言内容',
    })
  })
})

describe('validateFeedbackInput: subject and message length', () => {
  it('keeps the subject between 4 and 60 characters, counting code points', () => {
    const message = '标题请控制在 4 到 60 个字之间'
    expect(errorsOf({ ...valid, subject: '咨询' })).toEqual({ subject: message })
    expect(errorsOf({ ...valid, subject: '字'.repeat(61) })).toEqual({ subject: message })
    expect(dataOf({ ...valid, subject: '字'.repeat(60) }).subject).toHaveLength(60)
    // Four astral characters are eight UTF-16 units but four characters for the resident.
    expect(errorsOf({ ...valid, subject: '𠀋'.repeat(3) })).toEqual({ subject: message })
    expect(dataOf({ ...valid, subject: '𠀋'.repeat(4) }).subject).toBe('𠀋𠀋𠀋𠀋')
  })

  it('keeps the subject on one line', () => {
    expect(errorsOf({ ...valid, subject: '生育登记\r\n材料问题' })).toEqual({ subject: '标题请写在一行内，不要换行' })
  })

  it('asks for at least 10 characters of message', () => {
    expect(errorsOf({ ...valid, message: '请问怎么办理？' })).toEqual({
      message: '留言内容请至少写 10 个字，方便我们了解情况',
    })
  })

  it('rejects a 50,000-character message and says how long it is', () => {
    expect(errorsOf({ ...valid, message: '长'.repeat(50_000) })).toEqual({
      message: '留言内容不能超过 5000 字，目前有 50000 字',
    })
    expect(errorsOf({ ...valid, message: '长'.repeat(5001) })).toEqual({
      message: '留言内容不能超过 5000 字，目前有 5001 字',
    })
    expect(dataOf({ ...valid, message: '长'.repeat(5000) }).message).toHaveLength(5000)
  })
})

describe('validateFeedbackInput: cleaning', () => {
  it('trims, normalises line endings and NFC-normalises', () => {
    const data = dataOf({ ...valid, subject: '  Cafe\u0301 咨询  ', message: '第一行内容比较长\r\n第二行\r第三行\u2028第四行 ' })
    expect(data.subject).toBe('Café 咨询')
    expect(data.message).toBe('第一行内容比较长\n第二行\n第三行\n第四行')
  })

  it('removes zero-width characters and bidi overrides from every field', () => {
    const data = dataOf({
      ...valid,
      subject: 'ab\u202Ecd咨询',
      message: '\uFEFF请问\u200B生育\u200C登记\u200D在哪\u2060里办理\u2066呢\u2069？',
      name: '王\u200B小明\u202D',
      email: 'wang\u200Bxm@qq.com',
      phone: '138\u200B1234\u20605678',
    })
    expect(data.subject).toBe('abcd咨询')
    expect(data.message).toBe('请问生育登记在哪里办理呢？')
    expect(data.name).toBe('王小明')
    expect(data.email).toBe('wangxm@qq.com')
    expect(data.phone).toBe('13812345678')
  })

  it('allows tabs and line breaks in the message but no other control characters', () => {
    expect(dataOf({ ...valid, message: '情况如下：\n\t1. 材料\n\t2. 时间' }).message).toBe('情况如下：\n\t1. 材料\n\t2. 时间')
    const control = '内容中含有无法识别的特殊字符，请删除后重新提交'
    expect(errorsOf({ ...valid, message: '情况如下：材料\u0000不全的时候' })).toEqual({ message: control })
    expect(errorsOf({ ...valid, message: '情况如下：材料\u001B[31m不全' })).toEqual({ message: control })
    expect(errorsOf({ ...valid, subject: '生育\t登记' })).toEqual({ subject: control })
    expect(errorsOf({ ...valid, name: '王\u0007小明' })).toEqual({ name: control })
  })
})

describe('validateFeedbackInput: markup', () => {
  const markup = '内容中不能包含网页代码（例如 <script>），请用文字描述'

  it.each([
    '<script>alert(1)</script>请问',
    '请看图片<img src=x onerror=alert(1)>谢谢',
    '<IFRAME src="https://evil.example">',
    '<svg onload=alert(1)>',
    '<object data="x">',
    '点击 javascript:alert(1) 查看',
    '点击 java\tscript:alert(1) 查看',
    '链接 vbscript:msgbox(1) 是什么',
    '链接 data:text/html;base64,PHNjcmlwdD4= 打不开',
    '我想问的是 </textarea> 这种情况',
    '内容 <!-- 注释 --> 看不到',
    '页面上有 <a href=x>链接</a>',
    '< x onmouseover=alert(1) 看看',
  ])('rejects %j in the message', (message) => {
    expect(errorsOf({ ...valid, message })).toEqual({ message: markup })
  })

  it('rejects markup in subject, name, phone and e-mail too', () => {
    expect(errorsOf({ ...valid, subject: '<b>加急</b>咨询' })).toEqual({ subject: markup })
    expect(errorsOf({ ...valid, name: '<script>' })).toEqual({ name: markup })
    expect(errorsOf({ ...valid, phone: '<img src=x>' })).toEqual({ phone: markup })
    expect(errorsOf({ ...valid, email: '<svg>@qq.com' })).toEqual({ email: markup })
  })

  it('allows a plain less-than sign', () => {
    expect(dataOf({ ...valid, message: '孩子小于<5岁时能否办理？另外 1 < 2 吗' }).message).toBe(
      '孩子小于<5岁时能否办理？另外 1 < 2 吗',
    )
    expect(dataOf({ ...valid, subject: '年龄<3岁的补贴' }).subject).toBe('年龄<3岁的补贴')
    expect(dataOf({ ...valid, message: '我在 Java 课上学过 script 这个词，也用过 data 表格' }).kind).toBe('consultation')
  })
})
