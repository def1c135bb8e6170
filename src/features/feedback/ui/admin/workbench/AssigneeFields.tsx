import type { StaffDirectory } from '@/features/feedback/server/workbench/queues'

type Props = { directory: StaffDirectory; idPrefix: string; department?: string; handler?: string }

/** Department and colleague pickers, by name (the staff directory), for 交办, 改派 and 派单. */
export function AssigneeFields({ directory, idPrefix, department = '', handler = '' }: Props) {
  const departmentName = new Map(directory.departments.map((d) => [d.id, d.name]))
  return (
    <>
      <label htmlFor={`${idPrefix}-department`}>承办部门</label>
      <select id={`${idPrefix}-department`} name="department" defaultValue={department}>
        <option value="">（不指定）</option>
        {directory.departments.filter((d) => d.active).map((d) => (
          <option key={d.id} value={d.id}>{d.name}</option>
        ))}
      </select>
      <label htmlFor={`${idPrefix}-handler`}>承办人</label>
      <select id={`${idPrefix}-handler`} name="handler" defaultValue={handler}>
        <option value="">（不指定）</option>
        {directory.handlers.map((h) => (
          <option key={h.id} value={h.id}>
            {h.name}{h.departmentId && departmentName.get(h.departmentId) ? `（${departmentName.get(h.departmentId)}）` : ''}
          </option>
        ))}
      </select>
    </>
  )
}
