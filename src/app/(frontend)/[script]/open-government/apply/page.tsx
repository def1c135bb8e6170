import crypto from 'node:crypto'
import type { Metadata } from 'next'
import { cookies } from 'next/headers'
import { APPLICANT_TYPES, COLLECTION_MANNERS, ID_TYPES, ORGANISATION_KINDS, PREFERRED_FORMS } from '@/features/disclosure/rules'
import { APPLY_PATH, RECEIPT_COOKIE, TRACK_PATH } from '@/features/disclosure/server/paths'
import { submitApplicationAction } from '@/features/disclosure/server/submit-action'
import { ApplicationForm } from '@/features/disclosure/ui/ApplicationForm'
import { ApplicationReceipt } from '@/features/disclosure/ui/ApplicationReceipt'
import { APPLICATION_FORM_TEXT, type ApplicationFormText } from '@/features/disclosure/ui/application-form-text'
import { openReceipt } from '@/features/feedback'
import { readerScript } from '@/platform/site-shell/reader-script'
import type { PublicPageProps } from '@/platform/site-shell/page-props'
import { Breadcrumbs } from '@/platform/site-shell/ui/Breadcrumbs'

const savedReceipt = async () => openReceipt((await cookies()).get(RECEIPT_COOKIE)?.value)

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await savedReceipt()) ? APPLICATION_FORM_TEXT.successTitle : '申请政府信息公开', robots: { index: false } }
}

export default async function ApplyPage({ params }: PublicPageProps) {
  const { script, t } = await readerScript(params)
  const text = Object.fromEntries(Object.entries(APPLICATION_FORM_TEXT).map(([key, value]) => [key, t(value)])) as ApplicationFormText
  const trail = [{ href: '/open-government', label: '政府信息公开' }]
  // Just sent (with or without JavaScript) or reloaded since: the code and key come first.
  const receipt = await savedReceipt()
  if (receipt) {
    return (
      <div className="prose">
        <Breadcrumbs script={script} trail={trail} />
        <ApplicationReceipt trackingCode={receipt.trackingCode} accessKey={receipt.accessKey} answerDueDay={receipt.replyDueAt} text={text} headingLevel={1} />
      </div>
    )
  }
  const choices = (list: readonly { value: string; label: string }[]) => list.map(({ value, label }) => ({ value, label: t(label) }))
  return (
    <div className="prose">
      <Breadcrumbs script={script} trail={trail} />
      <h1>{t('申请政府信息公开')}</h1>
      <p className="lead">
        {t('公民、法人或者其他组织可以申请获取本机关尚未主动公开的政府信息，无需说明用途，不收费。我们在收到申请之日起 20 个工作日内答复（节假日不计）。')}
      </p>
      <p>
        {t('已经提交过申请？')}
        <a href={TRACK_PATH}>{t('查询办理进度和答复书')}</a>
      </p>
      <ApplicationForm
        action={submitApplicationAction}
        script={script}
        token={crypto.randomUUID()}
        permalink={APPLY_PATH}
        choices={{ applicantType: choices(APPLICANT_TYPES), organisationKind: choices(ORGANISATION_KINDS), idType: choices(ID_TYPES), preferredForm: choices(PREFERRED_FORMS), collectionManner: choices(COLLECTION_MANNERS) }}
        text={text}
      />
    </div>
  )
}
