import type { CollectionConfig, Field } from 'payload'
import { ADMIN_GROUPS } from './labels'

/** Payload's own names for the fields of its jobs collection and of each log entry, in Chinese (it ships them unnamed). */
const JOB_FIELD_LABELS: Record<string, string> = {
  input: '输入',
  output: '输出',
  taskStatus: '任务状态',
  completedAt: '完成时间',
  executedAt: '开始时间',
  totalTried: '尝试次数',
  hasError: '出错',
  error: '错误',
  log: '日志',
  workflowSlug: '工作流',
  taskSlug: '任务类型',
  taskID: '任务编号',
  state: '结果',
  queue: '队列',
  waitUntil: '等待至',
  processing: '正在处理',
  meta: '附加信息',
}

const LOG_STATES: Record<string, string> = { succeeded: '成功', failed: '失败' }

/** A task as named in its config (its `slug` and `label`). */
type Named = { slug: string; label?: string }

/** A select's options by name: each task by its label, each log state in Chinese. */
function namedOptions(field: Field, tasks: readonly Named[]): Field {
  if (field.type !== 'select' && field.type !== 'radio') return field
  const name = (value: string) => (field.name === 'state' ? LOG_STATES[value] : value === 'inline' ? '内联任务' : tasks.find((task) => task.slug === value)?.label) ?? value
  const options = field.options.map((option) => {
    const value = typeof option === 'string' ? option : option.value
    return { value, label: name(value) }
  })
  return { ...field, options } as Field
}

/** Every field, also inside rows, tabs and arrays, with its Chinese name. */
function labelled(fields: Field[], tasks: readonly Named[]): Field[] {
  return fields.map((field) => {
    let next = field
    if ('name' in next && JOB_FIELD_LABELS[next.name]) next = { ...next, label: JOB_FIELD_LABELS[next.name] } as Field
    next = namedOptions(next, tasks)
    if ('fields' in next && Array.isArray(next.fields)) next = { ...next, fields: labelled(next.fields, tasks) } as Field
    if (next.type === 'tabs') next = { ...next, tabs: next.tabs.map((tab) => ({ ...tab, fields: labelled(tab.fields, tasks) })) }
    return next
  })
}

/** The jobs collection as administrators see it: 后台任务, in the 系统 group, every column and task named. */
export function labelJobsCollection(jobs: CollectionConfig, tasks: readonly Named[] = []): Pick<CollectionConfig, 'labels' | 'admin' | 'fields'> {
  return {
    labels: { singular: '后台任务', plural: '后台任务' },
    admin: { ...jobs.admin, group: ADMIN_GROUPS.system },
    fields: labelled(jobs.fields, tasks),
  }
}
