import type { Metadata } from 'next'
import { subscribeAction } from '@/features/subscriptions/server/subscription-actions'
import { CHOICE_TEXT } from '@/features/subscriptions/ui/ChoiceFields'
import { SUBSCRIBE_TEXT } from '@/features/subscriptions/ui/form-text'
import { SubscribeForm } from '@/features/subscriptions/ui/SubscribeForm'
import { readerScript } from '@/platform/site-shell/reader-script'
import type { PublicPageProps } from '@/platform/site-shell/page-props'

export const metadata: Metadata = { title: '邮件订阅更新', description: '订阅政策文件、婚育新风、活动、健康与防艾和留言选登的更新，可随时退订。' }

export default async function SubscribePage({ params }: PublicPageProps) {
  const { script, t } = await readerScript(params)
  const text = Object.fromEntries([...SUBSCRIBE_TEXT, ...CHOICE_TEXT].map((value) => [value, t(value)]))
  return (
    <div className="prose">
      <h1>{t('邮件订阅更新')}</h1>
      <p className="lead">{t('选择您关心的栏目或政策主题，有新内容时我们通过电子邮件告诉您：可以立即发送，也可以每周汇总一次。')}</p>
      <div className="privacy-notice">
        <p>
          {t('我们只保存您的电子邮箱和所选内容，不需要注册账号。提交后我们会发送一封确认邮件，您确认后才开始发送。每封邮件都附有修改订阅和一键退订的链接；退订后您的邮箱即被删除。邮件中不含跟踪图片，链接直接指向本站页面。')}
        </p>
      </div>
      <SubscribeForm action={subscribeAction} script={script} text={text} />
    </div>
  )
}
