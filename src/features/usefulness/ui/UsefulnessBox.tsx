import { answerUsefulnessAction } from '@/features/usefulness/server/usefulness-action'
import { inScript, type Script } from '@/platform/site-shell/chinese-script'
import { UsefulnessForm } from './UsefulnessForm'
import './usefulness.css'

/** "这个页面对您有帮助吗？" at the foot of a content page (`path` as the reader sees it, e.g. /health/x). */
export function UsefulnessBox({ path, script }: { path: string; script: Script }) {
  const t = (text: string) => inScript(script, text)
  return (
    <section className="usefulness" aria-labelledby="usefulness-title">
      <UsefulnessForm
        action={answerUsefulnessAction}
        path={path}
        script={script}
        text={{
          question: t('这个页面对您有帮助吗？'),
          yes: t('有帮助'),
          no: t('没有帮助'),
          reason: t('原因（选填）'),
          hint: t('可简单说明哪里有用或哪里不清楚，200 字以内。请不要填写姓名、电话等个人信息；如需答复，请使用在线咨询。'),
          thanks: t('谢谢您的回答。'),
          thanksNo: t('谢谢您的回答，我们会据此改进本页内容。'),
        }}
      />
    </section>
  )
}
