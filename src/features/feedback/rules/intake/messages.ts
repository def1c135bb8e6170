import { FEEDBACK_LIMITS as L } from './kinds'

/** Everything the form tells a resident, in one place so the wording stays consistent. */
export const FEEDBACK_MESSAGES = Object.freeze({
  kind: '请选择留言类型',
  subjectRequired: '请填写标题',
  subjectLength: `标题请控制在 ${L.subjectMin} 到 ${L.subjectMax} 个字之间`,
  subjectOneLine: '标题请写在一行内，不要换行',
  messageRequired: '请填写留言内容',
  messageTooShort: `留言内容请至少写 ${L.messageMin} 个字，方便我们了解情况`,
  messageTooLong: (count: number) => `留言内容不能超过 ${L.messageMax} 字，目前有 ${count} 字`,
  nameOneLine: '姓名中不能包含换行',
  nameTooLong: `姓名请不要超过 ${L.nameMax} 个字`,
  nameDigitsOnly: '姓名不能只填写数字，请填写您的姓名或称呼',
  phone: '请填写正确的手机号码或固定电话，例如 13812345678 或 028-12345678',
  email: '请填写正确的电子邮箱地址',
  emailTooLong: `电子邮箱地址请不要超过 ${L.emailMax} 个字符`,
  emailNeeded: '您选择了邮件答复，请填写电子邮箱',
  phoneNeeded: '您选择了电话答复，请填写联系电话',
  replyBy: '请选择答复方式',
  publishConsent: '请选择是否同意公开您的留言（公开时会隐去个人信息）',
  markup: '内容中不能包含网页代码（例如 <script>），请用文字描述',
  idCard: '为保护您的隐私，请不要填写身份证号码',
  controlCharacters: '内容中含有无法识别的特殊字符，请删除后重新提交',
})
