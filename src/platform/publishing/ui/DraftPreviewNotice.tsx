import { draftMode } from 'next/headers'
import { textIn, type Script } from '@/platform/site-shell/chinese-script'
import { LivePreviewRefresh } from './LivePreviewRefresh'
import './workflow.css'

/** Tells staff in draft mode that they see the latest draft, which visitors do not. */
export async function DraftPreviewNotice({ script }: { script: Script }) {
  if (!(await draftMode()).isEnabled) return null
  const t = textIn(script)
  return (
    <div className="preview-notice" role="note" aria-label={t('草稿预览')}>
      <p>
        <strong>{t('草稿预览：')}</strong>
        {t('您看到的是最新保存的草稿，公众看不到这个版本。')}
      </p>
      <p>
        <a href="/preview/exit">{t('退出预览')}</a>
      </p>
      <LivePreviewRefresh />
    </div>
  )
}
