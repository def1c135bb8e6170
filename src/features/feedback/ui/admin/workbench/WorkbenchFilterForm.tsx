import { STATUS_OPTIONS } from '@/features/feedback/rules/handling'
import { FEEDBACK_KINDS } from '@/features/feedback/rules/intake'
import type { WorkbenchFilters } from '@/features/feedback/rules/workbench'
import type { StaffDirectory } from '@/features/feedback/server/workbench/queues'
import { workbenchPath } from './workbench-paths'

type Props = { adminRoute: string; filters: WorkbenchFilters; directory: StaffDirectory }

/** Narrowing a queue by kind, department, handler and state, and the order: a plain GET form. */
export function WorkbenchFilterForm({ adminRoute, filters, directory }: Props) {
  return (
    <form method="get" action={workbenchPath(adminRoute)} className="workbench-filters" aria-label="筛选留言">
      <input type="hidden" name="queue" value={filters.queue} />
      <label>
        类型
        <select name="kind" defaultValue={filters.kind ?? ''}>
          <option value="">全部</option>
          {FEEDBACK_KINDS.map((kind) => (
            <option key={kind.value} value={kind.value}>{kind.label}</option>
          ))}
        </select>
      </label>
      <label>
        承办部门
        <select name="department" defaultValue={filters.department ?? ''}>
          <option value="">全部</option>
          {directory.departments.map((d) => (
            <option key={d.id} value={d.id}>{d.name}</option>
          ))}
        </select>
      </label>
      <label>
        承办人
        <select name="handler" defaultValue={filters.handler ?? ''}>
          <option value="">全部</option>
          {directory.handlers.map((h) => (
            <option key={h.id} value={h.id}>{h.name}</option>
          ))}
        </select>
      </label>
      <label>
        状态
        <select name="status" defaultValue={filters.status ?? ''}>
          <option value="">全部</option>
          {STATUS_OPTIONS.map((s) => (
            <option key={s.value} value={s.value}>{s.label}</option>
          ))}
        </select>
      </label>
      <label>
        排序
        <select name="sort" defaultValue={filters.sort}>
          <option value="time-left">剩余时间最少的在前</option>
          <option value="newest">最新收到的在前</option>
        </select>
      </label>
      <button type="submit" className="btn btn--style-secondary btn--size-small">筛选</button>
    </form>
  )
}
