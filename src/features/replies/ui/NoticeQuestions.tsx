import { textIn, type Script } from '@/platform/site-shell/chinese-script'
import { DayTime } from '@/platform/site-shell/ui/DayTime'

type Question = { id: string | number; question: string; answer: string; repliedAt: string; department?: string | null }

/** 政策问答 under a notice: residents' questions about it and the answers, as approved for publication. */
export function NoticeQuestions({ questions, script }: { questions: Question[]; script: Script }) {
  const t = textIn(script)
  if (questions.length === 0) return <p>{t('还没有公开的问答。您提出的问题经答复、并在您同意后隐去个人信息审核公开，会显示在这里。')}</p>
  return (
    <ol className="notice-questions">
      {questions.map((item) => (
        <li key={item.id} id={`question-${item.id}`}>
          <h3>{t('问：')}</h3>
          <p className="notice-questions__text">{t(item.question)}</p>
          <h3>{t('答：')}</h3>
          <p className="notice-questions__text">{t(item.answer)}</p>
          <p className="content-item__meta">
            <span>
              {t('答复日期：')}
              <DayTime value={item.repliedAt} />
            </span>
            {item.department ? <span>{t(`答复单位：${item.department}`)}</span> : null}
          </p>
        </li>
      ))}
    </ol>
  )
}
