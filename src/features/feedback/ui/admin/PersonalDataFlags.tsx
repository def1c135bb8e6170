import type { UIFieldServerProps } from 'payload'
import { describeFlag, flagPersonalData } from '@/features/feedback/rules/handling'

/** Under the public version: the personal details the checks still find in what was last saved. */
export async function PersonalDataFlags({ data, payload, id }: UIFieldServerProps) {
  const publication = data?.publication
  if (!publication?.question && !publication?.answer) return null
  const stored = id
    ? await payload.findByID({ collection: 'feedback', id, depth: 0, select: { contact: true }, overrideAccess: true }).catch(() => null)
    : null
  const name = stored?.contact?.name?.trim()
  const flags = flagPersonalData(publication, name && name.length >= 2 ? [name] : [])
  if (flags.length === 0) {
    return <p style={{ color: 'var(--theme-success-600)' }}>检查结果：公开版本中未发现电话、身份证号、邮箱或姓名。请再人工核对住址和健康细节。</p>
  }
  return (
    <div role="alert" style={{ color: 'var(--theme-error-600)', marginBottom: '1rem' }}>
      <p>检查发现以下个人信息，删去后才能批准公开：</p>
      <ul>
        {flags.map((flag, index) => (
          <li key={index}>{describeFlag(flag)}</li>
        ))}
      </ul>
    </div>
  )
}
