'use client'

import { Button } from '@payloadcms/ui'
import { usePathname, useSearchParams } from 'next/navigation'

type Group = { label: string; prefix: string | null }
type Props = { labels: Readonly<Record<string, string>>; groups: ReadonlyArray<Group> }

const FIELD = 'where[action][equals]'

/** In which group an action is listed: by its `feature.` prefix, or the first (prefix-less) group. */
const groupOf = (action: string, groups: ReadonlyArray<Group>) =>
  groups.find((group) => group.prefix && action.startsWith(group.prefix)) ?? groups.find((group) => !group.prefix)

/**
 * Above the audit list: 按操作筛选, one select of every action by its Chinese name, grouped. A
 * plain GET form to the list itself, which reads `where` from the address (the search box and the
 * sort are carried along).
 */
export function AuditActionFilter({ labels, groups }: Props) {
  const params = useSearchParams()
  const pathname = usePathname()
  const chosen = params.get(FIELD) ?? ''
  const kept = [...params.entries()].filter(([key]) => key === 'search' || key === 'sort' || key === 'limit')
  return (
    <form method="get" action={pathname} style={{ margin: '0 0 1rem', display: 'flex', alignItems: 'center', gap: '0.75rem', flexWrap: 'wrap' }}>
      {kept.map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      <label htmlFor="audit-action-filter">按操作筛选</label>
      <select id="audit-action-filter" name={FIELD} defaultValue={chosen} style={{ minWidth: '14rem', padding: '0.35rem' }}>
        <option value="">全部操作</option>
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {Object.entries(labels)
              .filter(([action]) => groupOf(action, groups) === group)
              .map(([action, label]) => (
                <option key={action} value={action}>
                  {label}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
      <Button buttonStyle="secondary" size="small" type="submit">
        筛选
      </Button>
    </form>
  )
}
