import type { CollectionConfig, Field } from 'payload'
import { ADMIN_GROUPS } from './labels'

/** Payload's own names for the fields of its jobs collection, in Chinese (it ships them unnamed). */
const JOB_FIELD_LABELS: Record<string, string> = {
  input: '输入',
  taskStatus: '任务状态',
  completedAt: '完成时间',
  totalTried: '尝试次数',
  hasError: '出错',
  error: '错误',
  log: '日志',
  workflowSlug: '工作流',
  taskSlug: '任务类型',
  queue: '队列',
  waitUntil: '等待至',
  processing: '正在处理',
  meta: '附加信息',
}

/** The jobs collection as administrators see it: 后台任务, in the 系统 group, every column named. */
export function labelJobsCollection(jobs: CollectionConfig): Pick<CollectionConfig, 'labels' | 'admin' | 'fields'> {
  return {
    labels: { singular: '后台任务', plural: '后台任务' },
    admin: { ...jobs.admin, group: ADMIN_GROUPS.system },
    fields: jobs.fields.map((field: Field) => ('name' in field && JOB_FIELD_LABELS[field.name] ? ({ ...field, label: JOB_FIELD_LABELS[field.name] } as Field) : field)),
  }
}
