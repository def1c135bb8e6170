import { shanghaiDay } from '@/features/feedback/rules/handling/working-days'
import { collectionMannerLabel, preferredFormLabel, type CollectionManner, type PreferredForm } from './application-fields'
import { answerTypeLabel, reasonOf, type AnswerInput } from './answers'

/** Where remedies go: a municipal department's acts are reviewed by the municipal government (行政复议法 2023, Art. 24). */
export const DEFAULT_REVIEW_BODY = '成都市人民政府'

export const REMEDIES_TEXT = (reviewBody: string) =>
  `如对本答复不服，可以自收到本答复之日起60日内向${reviewBody}申请行政复议，或者自收到本答复之日起6个月内依法向人民法院提起行政诉讼。`

export type ReplyLetterInput = {
  authority: string
  reviewBody?: string
  trackingCode: string
  applicantName: string
  organisation: boolean
  receivedAt: string | Date
  description: string
  preferredForm: PreferredForm
  collectionManner: CollectionManner
  extension?: { days: number; reason: string } | null
  answer: AnswerInput
  answeredAt: Date
}

export type ReplyLetter = { title: string; number: string; salutation: string; paragraphs: string[]; signature: string; date: string }

const chineseDate = (value: string | Date) => {
  const [y, m, d] = shanghaiDay(value instanceof Date ? value : new Date(value)).split('-').map(Number)
  return `${y}年${m}月${d}日`
}

const excerpt = (text: string, max = 60) => {
  const chars = [...text.replace(/\s+/g, ' ').trim()]
  return chars.length > max ? `${chars.slice(0, max).join('')}……` : chars.join('')
}

function decision(input: ReplyLetterInput, you: string): string[] {
  const a = input.answer
  const reason = reasonOf(a.type, a.reason)
  const basis = reason?.basis ?? '《中华人民共和国政府信息公开条例》'
  const why = a.explanation?.trim() ? `具体理由：${a.explanation.trim()}` : ''
  const delivery = `相关信息按${you}选择的${preferredFormLabel(input.preferredForm)}形式、以${collectionMannerLabel(input.collectionManner)}方式提供。`
  switch (a.type) {
    case 'disclosed':
      return [`${you}申请获取的信息属于公开范围，根据《中华人民共和国政府信息公开条例》第三十六条第（二）项的规定，本机关予以公开。${a.provided?.trim() ?? ''}`, delivery]
    case 'partly-disclosed':
      return [
        `${you}申请获取的信息中，以下内容予以公开：${a.provided?.trim() ?? ''}`,
        `其中“${a.withheldPart?.trim() ?? ''}”${reason?.label ?? ''}，根据${basis}和第三十七条的规定，不予公开。${why}`,
        delivery,
      ]
    case 'withheld':
      return [`${you}申请获取的信息${reason?.label ?? ''}，根据${basis}和第三十六条第（三）项的规定，本机关不予公开。${why}`]
    case 'unavailable':
      return [`经检索查找，${reason?.label ?? ''}，根据${basis}的规定，本机关无法提供。${why}`]
    case 'not-processed':
      return [`${you}的申请${reason?.label ?? ''}，根据${basis}的规定，本机关不予处理。${why}`]
    case 'referred':
      return a.reason === 'other-body'
        ? [`${you}申请获取的信息不属于本机关负责公开。根据${basis}的规定，请${you}向${a.otherBody?.trim() ?? ''}申请。${why}`]
        : [`${you}申请获取的信息，有关法律、行政法规对信息的获取有特别规定，根据${basis}的规定，请${you}依照有关法律、行政法规的规定另行办理。${why}`]
  }
}

/** The dated reply letter (政府信息公开申请答复书) for an answer, stating the remedies. */
export function replyLetter(input: ReplyLetterInput): ReplyLetter {
  const you = input.organisation ? '贵单位' : '您'
  const opening = `本机关于${chineseDate(input.receivedAt)}收到${you}提出的政府信息公开申请（查询码 ${input.trackingCode}），申请获取“${excerpt(input.description)}”的相关信息。`
  const extended = input.extension
    ? [`因${input.extension.reason}，经本机关政府信息公开工作机构负责人同意，答复期限延长${input.extension.days}个工作日。`]
    : []
  return {
    title: '政府信息公开申请答复书',
    number: `答复类型：${answerTypeLabel(input.answer.type)}`,
    salutation: `${input.applicantName}：`,
    paragraphs: [opening, ...extended, '经审查，现答复如下：', ...decision(input, you), REMEDIES_TEXT(input.reviewBody ?? DEFAULT_REVIEW_BODY), '特此告知。'],
    signature: input.authority,
    date: chineseDate(input.answeredAt),
  }
}

/** The letter as plain text, for the e-mail and the stored copy. */
export const letterText = (letter: ReplyLetter) =>
  [letter.title, letter.number, '', letter.salutation, ...letter.paragraphs.map((p) => `　　${p}`), '', letter.signature, letter.date].join('\n')
