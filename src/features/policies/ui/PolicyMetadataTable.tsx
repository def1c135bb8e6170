import { textIn, type Script } from '@/platform/site-shell/chinese-script'
import { formatDay } from '@/platform/site-shell/format-date'
import { topicLabel, validityLabel } from '@/features/policies/rules/policy-topics'
import type { PolicyNotice } from '@/payload-types'

/** 政府信息公开 metadata, in the order readers of government sites know. */
export function PolicyMetadataTable({ policy, script }: { policy: PolicyNotice; script: Script }) {
  const t = textIn(script)
  const rows: [string, string][] = [
    ['索引号', policy.indexNumber ?? ''],
    ['主题分类', topicLabel(policy.topic)],
    ['发文机关', policy.issuingAuthority],
    ['成文日期', formatDay(policy.dateWritten)],
    ['标题', policy.title],
    ['发文字号', policy.documentNumber ?? '无'],
    ['发布日期', formatDay(policy.datePublished)],
    ['主题词', (policy.keywords ?? []).join('；')],
    ['有效性', validityLabel(policy.validity)],
  ]
  return (
    <table className="metadata-table">
      <caption className="visually-hidden">{t('文件信息')}</caption>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{t(label)}</th>
            <td>{value ? t(value) : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
