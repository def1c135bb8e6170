import { textIn, type Script } from '@/platform/site-shell/chinese-script'
import { telHref } from '@/features/stations/rules'

type Props = {
  script: Script
  audience: string
  timeLimit: string
  fee: string
  hours: string
  phone: string
  online?: { url?: string | null; label?: string | null } | null
}

/** The facts a resident asks first, before the details: who, how long, how much, when, phone, online. */
export function GuideFacts({ script, audience, timeLimit, fee, hours, phone, online }: Props) {
  const t = textIn(script)
  const tel = telHref(phone)
  return (
    <dl className="guide-facts">
      <dt>{t('服务对象')}</dt>
      <dd>{t(audience)}</dd>
      <dt>{t('办理时限')}</dt>
      <dd>{t(timeLimit)}</dd>
      <dt>{t('收费标准')}</dt>
      <dd>{t(fee)}</dd>
      <dt>{t('办理时间')}</dt>
      <dd>{t(hours)}</dd>
      <dt>{t('咨询电话')}</dt>
      <dd>{tel ? <a href={tel}>{phone}</a> : phone}</dd>
      <dt>{t('网上办理')}</dt>
      <dd>
        {online?.url ? (
          <a href={online.url} rel="noopener">
            {t(`在“${online.label || '天府通办'}”上办理`)}
          </a>
        ) : (
          t('暂不能网上办理，请到下面的办理地点办理。')
        )}
      </dd>
    </dl>
  )
}
