import { SUBSCRIPTION_FREQUENCIES, SUBSCRIPTION_SECTIONS, SUBSCRIPTION_TOPICS } from '@/features/subscriptions/rules/sections'

type Props = {
  /** Text in the reader's script (the page converts `CHOICE_TEXT` and passes it down). */
  t: (text: string) => string
  sections: readonly string[]
  topics: readonly string[]
  frequency: string
}

/** The choice of sections, policy topics and frequency, shared by the subscribe and manage forms. */
export function ChoiceFields({ t, sections, topics, frequency }: Props) {
  return (
    <>
      <fieldset className="form-group" aria-describedby="choice-hint">
        <legend>{t('订阅哪些栏目')}</legend>
        <p className="hint" id="choice-hint">
          {t('可多选。也可以只选下面的政策主题。')}
        </p>
        {SUBSCRIPTION_SECTIONS.map((section) => (
          <div className="choice" key={section.value}>
            <input type="checkbox" id={`section-${section.value}`} name="sections" value={section.value} defaultChecked={sections.includes(section.value)} />
            <label htmlFor={`section-${section.value}`}>{t(section.label)}</label>
          </div>
        ))}
      </fieldset>
      <fieldset className="form-group">
        <legend>{t('只关注某些政策主题（选填）')}</legend>
        {SUBSCRIPTION_TOPICS.map((topic) => (
          <div className="choice" key={topic.value}>
            <input type="checkbox" id={`topic-${topic.value}`} name="topics" value={topic.value} defaultChecked={topics.includes(topic.value)} />
            <label htmlFor={`topic-${topic.value}`}>{t(topic.label)}</label>
          </div>
        ))}
      </fieldset>
      <fieldset className="form-group">
        <legend>{t('多久发送一次')}</legend>
        {SUBSCRIPTION_FREQUENCIES.map((option) => (
          <div className="choice" key={option.value}>
            <input type="radio" id={`frequency-${option.value}`} name="frequency" value={option.value} defaultChecked={(frequency || 'immediate') === option.value} />
            <label htmlFor={`frequency-${option.value}`}>{t(option.label)}</label>
          </div>
        ))}
      </fieldset>
    </>
  )
}

/** Every string the choice shows, for the page to convert into the reader's script. */
export const CHOICE_TEXT = [
  '订阅哪些栏目',
  '可多选。也可以只选下面的政策主题。',
  '只关注某些政策主题（选填）',
  '多久发送一次',
  ...SUBSCRIPTION_SECTIONS.map((section) => section.label),
  ...SUBSCRIPTION_TOPICS.map((topic) => topic.label),
  ...SUBSCRIPTION_FREQUENCIES.map((option) => option.label),
]
